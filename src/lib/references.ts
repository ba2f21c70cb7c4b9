import type { ReferenceTarget } from "../schemas/helpers.ts";
import type { ContentProblem } from "./content-errors.ts";

/** The ids one field of one file names, in one collection. */
export interface EntryLinks {
  file: string;
  field: string;
  collection: ReferenceTarget;
  ids: readonly string[];
}

const WHAT: Record<ReferenceTarget, { noun: string; folder: string; example: string }> = {
  members: { noun: "il membro", folder: "content/members/", example: "politecnico-di-milano" },
  groups: { noun: "il gruppo di lavoro", folder: "content/groups/", example: "elettrificazione" },
};

/** Every link to an entry that does not exist, one problem each. */
export function findMissingReferences(
  links: readonly EntryLinks[],
  known: Readonly<Record<ReferenceTarget, ReadonlySet<string>>>,
): ContentProblem[] {
  return links.flatMap(({ file, field, collection, ids }) => {
    const { noun, folder, example } = WHAT[collection];
    return ids
      .filter((id) => !known[collection].has(id))
      .map((id) => ({
        file,
        field,
        problem: `${noun} "${id}" non esiste.`,
        expected: `Usa il nome di un file in ${folder} senza .md (per esempio ${[...known[collection]][0] ?? example}).`,
      }));
  });
}
