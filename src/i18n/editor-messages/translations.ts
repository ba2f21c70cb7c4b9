import { message } from "./define.ts";

/** English versions: the Italian entry each one translates. */
export const translationMessages = {
  DistrictPageNotFound: message({
    title: "Pagina del distretto inesistente",
    problem: ({ id }: { id: string }) => `la pagina del distretto "${id}" non esiste.`,
    expected: () =>
      "Scrivi in translationOf il nome di un file di content/district/ senza .md, come chi-siamo.",
    hint: "Vale per `translationOf` nelle versioni inglesi (content/en/district/).",
    example: { id: "pagina-inesistente" },
  }),
  CommitteeSeatNotFound: message({
    title: "Posto nel comitato inesistente",
    problem: ({ id }: { id: string }) => `il comitato non ha un file "${id}".`,
    expected: () =>
      "Scrivi in translationOf il nome di un file di content/committee/ senza .md: è il nome del file del membro.",
    hint: "Vale per `translationOf` nelle versioni inglesi (content/en/committee/).",
    example: { id: "membro-inesistente" },
  }),
  PageNotFound: message({
    title: "Pagina inesistente",
    problem: ({ id }: { id: string }) => `la pagina "${id}" non esiste.`,
    expected: () =>
      "Scrivi in translationOf il nome di un file di content/pages/ senza .md, come privacy.",
    hint: "Vale per `translationOf` nelle versioni inglesi (content/en/pages/).",
    example: { id: "pagina-inesistente" },
  }),
};
