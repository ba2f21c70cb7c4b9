import { editorMessage, type EditorMessage } from "../../i18n/editor-messages.ts";
import type { ReferenceTarget } from "../../schemas/helpers.ts";
import { contentProblem, type ContentProblem } from "./content-errors.ts";

/** The ids one field of one file names, in one collection. */
export interface EntryLinks {
  file: string;
  field: string;
  collection: ReferenceTarget;
  ids: readonly string[];
}

const NOT_FOUND: Record<ReferenceTarget, (id: string) => EditorMessage> = {
  members: (id) => editorMessage("MemberNotFound", { id }),
  groups: (id) => editorMessage("GroupNotFound", { id }),
  news: (id) => editorMessage("ArticleNotFound", { id }),
  events: (id) => editorMessage("EventNotFound", { id }),
  district: (id) => editorMessage("DistrictPageNotFound", { id }),
  committee: (id) => editorMessage("CommitteeSeatNotFound", { id }),
  pages: (id) => editorMessage("PageNotFound", { id }),
};

/** The message for an id that names no entry, by the collection it should name. */
export function referenceNotFound(collection: ReferenceTarget, id: string): EditorMessage {
  return NOT_FOUND[collection](id);
}

/**
 * Every link to an entry that does not exist, one problem each, worded as the check words it.
 * A collection missing from `known` has no entries.
 */
export function findMissingReferences(
  links: readonly EntryLinks[],
  known: Readonly<Partial<Record<ReferenceTarget, ReadonlySet<string>>>>,
): ContentProblem[] {
  return links.flatMap(({ file, field, collection, ids }) =>
    ids
      .filter((id) => !known[collection]?.has(id))
      .map((id) => contentProblem({ file, field }, referenceNotFound(collection, id))),
  );
}
