import { editorMessage } from "../i18n/editor-messages.ts";
import { contentProblem, type ContentProblem } from "./content-errors.ts";

export interface MemberLinks {
  file: string;
  field: string;
  memberIds: readonly string[];
}

/** Every link to a member that does not exist, one problem each, worded as the check words it. */
export function findMissingMembers(
  links: readonly MemberLinks[],
  knownMemberIds: ReadonlySet<string>,
): ContentProblem[] {
  return links.flatMap(({ file, field, memberIds }) =>
    memberIds
      .filter((id) => !knownMemberIds.has(id))
      .map((id) => contentProblem({ file, field }, editorMessage("MemberNotFound", { id }))),
  );
}
