/**
 * What readers see of the search: part of `t` in ./it.ts, and kept apart so the search page's
 * script carries these strings only, not every string of the site.
 */
export const searchText = {
  searchSections: {
    news: "Notizie",
    members: "Membri",
    district: "Distretto",
    committee: "Comitato",
    pages: "Informazioni",
  },
  searchFilterLabels: {
    sezione: "Sezione",
    argomento: "Argomento",
    tipo: "Tipo di membro",
    provincia: "Provincia",
    anno: "Anno",
  },
  searchTitle: "Cerca nel sito",
  searchDescription: "Cerca tra le notizie, i membri e le pagine del distretto milanese dell'auto.",
  searchLabel: "Che cosa cerchi?",
  searchHeaderLabel: "Cerca nel sito",
  searchPlaceholder: "Cerca…",
  searchButton: "Cerca",
  searchShortcutHint: "Premi / per cercare",
  searchFilters: "Filtra i risultati",
  searchSort: "Ordina",
  searchSortRelevance: "Per pertinenza",
  searchSortNewest: "Notizie, dalla più recente",
  searchNoScript:
    "La ricerca funziona con JavaScript, che nel tuo browser è disattivato. Puoi sfogliare l'archivio delle notizie o l'elenco dei membri:",
  searchLoading: "Caricamento della ricerca…",
  searchMore: "Mostra altri risultati",
  searchUnavailable: "La ricerca non è disponibile in questo momento. Riprova più tardi.",
  searchPrompt: "Scrivi una parola o scegli un filtro per vedere i risultati.",
  searchResultCount: (count: number, query: string) =>
    `${count === 1 ? "1 risultato" : `${count} risultati`}${query ? ` per «${query}»` : ""}.`,
} as const;
