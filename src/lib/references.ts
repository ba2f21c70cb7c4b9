import type { ContentProblem } from "./content-errors.ts";

export interface MemberLinks {
  file: string;
  field: string;
  memberIds: readonly string[];
}

/** Every link to a member that does not exist, one problem each. */
export function findMissingMembers(
  links: readonly MemberLinks[],
  knownMemberIds: ReadonlySet<string>,
): ContentProblem[] {
  return links.flatMap(({ file, field, memberIds }) =>
    memberIds
      .filter((id) => !knownMemberIds.has(id))
      .map((id) => ({
        file,
        field,
        problem: `il membro "${id}" non esiste.`,
        expected: `Usa il nome di un file in content/members/ senza .md (per esempio ${[...knownMemberIds][0] ?? "politecnico-di-milano"}).`,
      })),
  );
}
