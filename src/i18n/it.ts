import type { GroupStatus } from "../schemas/groups.ts";
import type { MemberType, Province } from "../schemas/members.ts";
import { plural, pluralForm } from "./plural.ts";

/**
 * A dictionary's shape, from the Italian one: the same keys, each a text (or a function giving
 * one) in any words. The English dictionary (en.ts) is declared of this type, so a key it lacks,
 * or one Italian does not have, fails the type check.
 */
export type WordsOf<Shape> = Shape extends string
  ? string
  : Shape extends (...args: infer Args) => infer Result
    ? (...args: Args) => WordsOf<Result>
    : Shape extends readonly (infer Item)[]
      ? readonly WordsOf<Item>[]
      : { readonly [Key in keyof Shape]: WordsOf<Shape[Key]> };

/**
 * What readers see of the search. Part of `t` below, and exported apart so that the search page's
 * script, which imports only this, does not carry every string of the site (2.6 KB gzip).
 */
export const searchText = {
  searchSections: {
    news: "Notizie",
    members: "Membri",
    district: "Distretto",
    committee: "Comitato",
    pages: "Informazioni",
    events: "Eventi",
    groups: "Gruppi di lavoro",
  },
  searchFilterLabels: {
    sezione: "Sezione",
    argomento: "Argomento",
    tipo: "Tipo di membro",
    provincia: "Provincia",
    anno: "Anno",
    eventi: "Eventi",
  },
  searchTitle: "Cerca nel sito",
  searchDescription:
    "Cerca tra le notizie, gli eventi, i membri e le pagine del distretto milanese dell'auto.",
  searchLabel: "Che cosa cerchi?",
  searchHeaderLabel: "Cerca nel sito",
  searchPlaceholder: "Cerca…",
  searchButton: "Cerca",
  searchShortcutHint: "Premi / per cercare",
  searchQuickResults: "Primi risultati",
  searchQuickAll: "Vedi tutti i risultati",
  searchFilters: "Filtra i risultati",
  searchOptions: "Filtra e ordina i risultati",
  searchTicked: (count: number) => `(${plural(count, "filtro scelto", "filtri scelti")})`,
  searchSort: "Ordina",
  searchSortRelevance: "Per pertinenza",
  searchSortNewest: "Notizie, dalla più recente",
  searchNoScript:
    "La ricerca funziona con JavaScript, che nel tuo browser è disattivato. Puoi sfogliare l'archivio delle notizie o l'elenco dei membri:",
  searchLoading: "Caricamento della ricerca…",
  searchMore: "Mostra altri risultati",
  searchUnavailable:
    "La ricerca non è riuscita: non è stato possibile scaricare l’indice del sito. Controlla la connessione e riprova.",
  searchNotBuilt:
    "Nell’anteprima (npm run dev) la ricerca non c’è: il suo indice nasce con la costruzione del sito. Per provarla esegui npm run build e poi npm run preview.",
  searchPrompt: "Scrivi una parola o scegli un filtro per vedere i risultati.",
  searchResultCount: (count: number, query: string) =>
    `${plural(count, "risultato", "risultati")}${query ? ` per «${query}»` : ""}.`,
} as const;
export type SearchText = WordsOf<typeof searchText>;

/** Every string a reader sees, in one place. */
export const t = {
  skipToContent: "Vai al contenuto",
  /** The main navigation's links, in the header and on the not-found page. */
  navigation: {
    district: "Il distretto",
    committee: "Comitato",
    members: "Membri",
    news: "Notizie",
    events: "Eventi",
    groups: "Gruppi",
    join: "Aderisci",
  },
  mainNavigation: "Navigazione principale",
  footerNavigation: "Informazioni legali",
  menu: "Menu",
  close: "Chiudi",
  closeMenu: "Chiudi il menu",
  closeSearch: "Chiudi la ricerca",
  home: "Home",
  allNews: "Tutte le notizie",
  latestNews: "Ultime notizie",
  noNews: "Non ci sono ancora notizie pubblicate.",
  publishedOn: "Pubblicato il",
  updatedOn: "Aggiornato il",
  by: "di",
  tags: "Argomenti",
  membersInArticle: "Organizzazioni citate",
  newsTitle: "Notizie",
  newsDescription: "Le notizie del distretto milanese dell'auto: avvio, adesioni, iniziative.",
  pagination: "Altre pagine",
  previousPage: "Pagina precedente",
  nextPage: "Pagina successiva",
  pageNumber: (page: number) => `Pagina ${page}`,
  pageOf: (page: number, total: number) => `pagina ${page} di ${total}`,
  readingTime: (minutes: number) => `${minutes} min di lettura`,
  tagTitle: (label: string) => `Notizie su «${label}»`,
  tagDescription: (label: string) =>
    `Le notizie del distretto milanese dell'auto sull'argomento «${label}».`,
  tagsTitle: "Argomenti delle notizie",
  tagsDescription: "Tutti gli argomenti delle notizie del distretto, con il numero di articoli.",
  articleCount: (count: number) => plural(count, "articolo", "articoli"),
  archiveTitle: "Archivio delle notizie",
  archiveDescription: "Le notizie del distretto milanese dell'auto, anno per anno.",
  yearTitle: (year: string) => `Notizie del ${year}`,
  yearDescription: (year: string) =>
    `Le notizie del distretto milanese dell'auto pubblicate nel ${year}.`,
  browseNews: "Sfoglia le notizie",
  relatedTitle: "Leggi anche",
  newerArticle: "Articolo più recente",
  olderArticle: "Articolo precedente",
  articleNavigation: "Altri articoli",
  rssFeed: "Feed RSS",
  rssFeedOf: (label: string) => `Feed RSS di «${label}»`,
  followRss: "Segui le notizie con il feed RSS",
  jsonFeed: "JSON Feed",
  newsSection: "Notizie",
  forms: {
    required: "obbligatorio",
    optional: "facoltativo",
    sending: "Invio in corso…",
    /**
     * Why sending in the page failed, one message per case, so that nobody sends again what has
     * probably arrived. `writeTo` is how to reach the secretariat (see `writeToSecretariat`).
     */
    sendErrors: {
      timeout: (seconds: number, writeTo: string) =>
        `Il servizio che riceve i moduli non ha risposto entro ${String(seconds)} secondi, quindi non sappiamo se la richiesta è arrivata. Quello che hai scritto è ancora qui: riprova fra qualche minuto; se il problema continua, ${writeTo}.`,
      network:
        "La richiesta non è partita: il servizio che riceve i moduli non è raggiungibile. Controlla la connessione a internet e riprova; quello che hai scritto è ancora qui.",
      rejected: (writeTo: string) =>
        `Il servizio che riceve i moduli ha rifiutato la richiesta, che quindi non è stata registrata. Controlla i campi e riprova; se l’errore si ripete, ${writeTo}.`,
      server: (writeTo: string) =>
        `Il servizio che riceve i moduli ha avuto un problema e probabilmente non ha registrato la richiesta. Quello che hai scritto è ancora qui: riprova fra qualche minuto; se il problema continua, ${writeTo}.`,
      unreadable: (writeTo: string) =>
        `La richiesta è partita ed è probabilmente arrivata, ma il servizio che riceve i moduli non permette a questa pagina di leggerne la risposta. Non inviarla di nuovo: se nei prossimi giorni non ricevi risposta, ${writeTo}.`,
    },
    writeToSecretariat: (email: string) =>
      email ? `scrivi alla segreteria (${email})` : "scrivi alla segreteria del distretto",
    honeypotLabel: "Non compilare questo campo",
    privacyConsent:
      "Ho letto l’informativa sulla privacy e acconsento al trattamento dei dati per questa richiesta.",
    privacyLink: "Leggi l’informativa sulla privacy",
    invalidRequired: "Compila questo campo.",
    invalidEmail: "Scrivi un indirizzo e-mail valido, per esempio nome@azienda.it.",
    invalidUrl: "Scrivi l’indirizzo completo del sito, per esempio https://www.azienda.it.",
    invalidPhone: "Scrivi solo cifre, spazi e l’eventuale prefisso +39.",
    invalidChoice: "Scegli una voce dall’elenco.",
    invalidConsent: "Per inviare la richiesta serve il consenso.",
  },
  joinFormTitle: "Domanda di adesione",
  joinFormIntro:
    "Compila il modulo: la segreteria del distretto ti ricontatterà per completare l’adesione.",
  joinFields: {
    organization: "Nome dell’organizzazione",
    type: "Tipo di organizzazione",
    typeChoose: "Scegli…",
    province: "Provincia",
    website: "Sito web",
    websiteHint: "L’indirizzo completo, per esempio https://www.azienda.it.",
    contact: "Persona di riferimento",
    email: "E-mail",
    emailHint: "Per esempio nome@azienda.it.",
    phone: "Telefono",
    message: "Messaggio",
    messageHint: "Che cosa fa la tua organizzazione e perché vuole aderire.",
  },
  joinGroupField: {
    label: "Gruppo di lavoro che ti interessa",
    hint: "Se vuoi partecipare a uno dei gruppi di lavoro del distretto, sceglilo qui.",
    none: "Nessuno in particolare",
  },
  joinSubmit: "Invia la domanda",
  joinThanks:
    "Grazie: la domanda di adesione è stata inviata. La segreteria del distretto ti ricontatterà all’indirizzo indicato.",
  subscribeTitle: "Ricevi gli aggiornamenti",
  subscribeIntro: "Lascia il tuo indirizzo e-mail per ricevere le notizie del distretto.",
  subscribeLists: "Che cosa vuoi ricevere",
  subscribeListsHint: "Scegli almeno una voce.",
  subscribeListsInvalid: "Scegli almeno una delle voci per iscriverti.",
  subscribeSubmit: "Iscriviti",
  /** listmonk's lists are double opt-in: nothing arrives until the reader confirms. */
  subscribeThanks:
    "Grazie: ti abbiamo inviato un’e-mail all’indirizzo indicato. Per completare l’iscrizione apri il link di conferma che contiene; finché non confermi non riceverai gli aggiornamenti.",
  /** listmonk took the address but sent no confirmation (`has_optin: false`). */
  subscribeThanksNoOptin: (writeTo: string) =>
    `Grazie: la richiesta è registrata, ma non è partita nessuna e-mail di conferma, come succede quando l’indirizzo è già iscritto. Se non ricevi gli aggiornamenti, ${writeTo}.`,
  /**
   * listmonk's refusals, one message each (src/lib/newsletter/listmonk.ts tells them apart); the other
   * failures are `forms.sendErrors`'.
   */
  subscribeRefusals: {
    invalidEmail:
      "Il servizio delle iscrizioni non ha accettato l’indirizzo e-mail, quindi l’iscrizione non è stata registrata. Controlla che sia scritto per intero, come nome@azienda.it, e riprova.",
    noLists:
      "L’iscrizione non è stata registrata perché non hai scelto che cosa ricevere. Scegli almeno una voce e riprova.",
    closedLists: (writeTo: string) =>
      `Gli aggiornamenti scelti non accettano iscrizioni dal sito in questo momento, quindi l’iscrizione non è stata registrata. Non dipende da te: ${writeTo}.`,
    disabled: (writeTo: string) =>
      `Le iscrizioni dal sito sono sospese in questo momento, quindi l’iscrizione non è stata registrata. Riprova fra qualche giorno; se il problema continua, ${writeTo}.`,
  },
  /**
   * The form sends JSON, which the browser asks listmonk's leave for first: without it nothing
   * was sent, unlike the join form's unreadable answer.
   */
  subscribeUnreadable: (writeTo: string) =>
    `Il servizio delle iscrizioni non permette a questa pagina di inviargli la richiesta, che quindi non è stata registrata. Non dipende da te: ${writeTo}.`,
  subscribeRss: "Preferisci un lettore di feed? Segui il feed RSS delle notizie.",
  subscribeFallback: "Per ricevere gli aggiornamenti scrivi alla segreteria:",
  subscribePending:
    "L’iscrizione agli aggiornamenti via e-mail sarà presto disponibile. Nel frattempo puoi seguire le notizie con il feed RSS.",
  subscribedTitle: "Conferma l’iscrizione dall’e-mail",
  subscribedDescription:
    "Per completare l’iscrizione agli aggiornamenti del distretto, apri il link dell’e-mail di conferma.",
  subscribedSteps: [
    "Ti abbiamo inviato un’e-mail all’indirizzo indicato, con un link di conferma. L’iscrizione è completa solo quando lo apri: finché non confermi non riceverai gli aggiornamenti.",
    "Se l’e-mail non arriva entro qualche minuto, guarda nella posta indesiderata. Se l’indirizzo era già iscritto, non ne riceverai un’altra.",
  ],
  ...searchText,
  /** The values of the events' own search filter. */
  searchEventTimes: { upcoming: "In programma", past: "Già svolti" },
  districtTitle: "Il distretto",
  districtDescription:
    "Che cos'è il distretto milanese dell'auto, i suoi obiettivi, il territorio, la governance e come aderire.",
  districtPages: "Pagine del distretto",
  districtPagesSequence: "Pagina precedente e successiva del distretto",
  previousDistrictPage: "Pagina precedente",
  nextDistrictPage: "Pagina successiva",
  onThisPage: "In questa pagina",
  documentFacts: (kind: string, size: string) => `${kind}, ${size}`,
  territoryMapDescription:
    "Schema delle province di Lecco, Bergamo, Milano, Brescia, Cremona e Mantova, con il numero di membri di ciascuna.",
  territoryTableCaption: "Membri del distretto per provincia",
  territoryProvince: "Provincia",
  territoryMembers: "Membri",
  committeeTitle: "Il comitato di networking",
  // Counted from the content: the secretariat adds and removes seats.
  committeeDescription: (count: number) =>
    `${pluralForm(count, "L'organizzazione che guida", `Le ${count} organizzazioni che guidano`)} il lavoro di rete del distretto milanese dell'auto.`,
  committeeIntro: (count: number) =>
    `Il lavoro di rete del distretto è organizzato da un comitato di ${plural(count, "organizzazione", "organizzazioni")}.`,
  representatives: "Rappresentanti",
  memberPage: (name: string) => `Scheda di ${name}`,
  membersTitle: "I membri",
  membersDescription:
    "Le imprese, le università, le associazioni, le istituzioni e i consorzi che fanno parte del distretto milanese dell'auto.",
  membersCount: (count: number) =>
    `${plural(count, "organizzazione aderisce", "organizzazioni aderiscono")} al distretto.`,
  memberDescription: (name: string, type: string) =>
    `${name}: ${type.toLowerCase()}, membro del distretto milanese dell'auto.`,
  founder: "Socio fondatore",
  logoOf: (name: string) => `Logo di ${name}`,
  membersByType: "Per tipo",
  membersByProvince: "Per provincia",
  membersBySector: "Per settore",
  membersFilterTitle: "Filtra i membri",
  membersFilterAll: "Tutti",
  membersFilterApply: "Mostra",
  membersShownOne: "1 organizzazione corrisponde ai filtri.",
  /** `{n}` stands for the number, filled in by the members' filter script. */
  membersShownMany: "{n} organizzazioni corrispondono ai filtri.",
  membersNone: "Nessuna organizzazione corrisponde a questi filtri.",
  membersOfType: (label: string) => `Membri: ${label.toLowerCase()}`,
  membersOfProvince: (name: string) => `Membri in provincia di ${name}`,
  membersOfSector: (label: string) => `Membri del settore «${label}»`,
  membersGroupDescription: (title: string) =>
    `${title}: le organizzazioni del distretto milanese dell'auto.`,
  allMembers: "Tutti i membri",
  keyFigures: "Il distretto in cifre",
  figureMembers: (count: number) =>
    pluralForm(count, "organizzazione aderente", "organizzazioni aderenti"),
  figureProvinces: (count: number) =>
    pluralForm(count, "provincia di provenienza", "province di provenienza"),
  figureWithoutProvince: (count: number) =>
    `${plural(count, "organizzazione", "organizzazioni")} senza provincia indicata`,
  /** A member without a province, in the counts by province. */
  provinceNotGiven: "Provincia non indicata",
  latestJoined: "Le ultime adesioni",
  type: "Tipo",
  province: "Provincia",
  city: "Città",
  website: "Sito web",
  sectors: "Settori",
  joined: "Aderente dal",
  committeeRole: "Nel comitato",
  memberNews: "Notizie che la citano",
  memberEvents: "Eventi che organizza",
  memberGroups: "Gruppi di lavoro",
  coordinates: "coordina il gruppo",
  articleGroups: "Gruppi di lavoro citati",
  eventsTitle: "Eventi",
  eventsDescription:
    "Assemblee, gruppi di lavoro, convegni e fiere del distretto milanese dell'auto, con il calendario da seguire nella propria agenda.",
  eventsIntro:
    "Gli incontri del distretto: assemblee dei membri, sessioni dei gruppi di lavoro, convegni e fiere a cui il distretto partecipa.",
  eventsPending:
    "Il programma degli eventi del distretto è in via di definizione: gli incontri saranno pubblicati su questa pagina e nel calendario.",
  upcomingEvents: "Prossimi eventi",
  noUpcomingEvents: "Non ci sono eventi in programma in questo momento.",
  pastEvents: "Eventi passati",
  allEvents: "Tutti gli eventi",
  eventCancelled: "Annullato",
  eventCancelledNotice: "Questo evento è stato annullato.",
  eventWhen: "Quando",
  eventWhere: "Dove",
  eventOnline: "Online",
  /** Where an event held in a city can also be followed online: "Milano e online". */
  eventCityAndOnline: (city: string) => `${city} e online`,
  eventOnlineLink: "Collegamento per seguire l’evento",
  eventMapLink: "Vedi l’indirizzo sulla mappa (OpenStreetMap)",
  eventTakePart: "Come partecipare",
  eventRegister: "Iscriviti all’evento",
  eventFollowOnline: "Segui l’evento online",
  eventAskSecretariat: "Per partecipare scrivi alla segreteria del distretto:",
  eventDetailsPending: "Le modalità di partecipazione saranno pubblicate su questa pagina.",
  eventOrganizers: "Organizzato da",
  eventGroups: "Gruppi di lavoro",
  eventTags: "Argomenti",
  /** The meta description: when, then the editor's summary. */
  eventDescription: (when: string, summary: string) =>
    `${when.charAt(0).toUpperCase()}${when.slice(1)}. ${summary}`,
  addToCalendar: "Aggiungi al calendario",
  addToCalendarHint: "file .ics per la tua agenda",
  calendarTitle: "Il calendario degli eventi",
  calendarName: "Distretto milanese dell'auto: eventi",
  calendarSubscribe: "Abbonati al calendario",
  calendarSubscribeText:
    "Segui gli eventi del distretto nella tua agenda: il calendario si aggiorna da solo quando un evento viene aggiunto, spostato o annullato. Se l’applicazione chiede un indirizzo, usa",
  calendarDownload: "Scarica il calendario (.ics)",
  groupsTitle: "Gruppi di lavoro",
  groupsDescription:
    "I tavoli tematici in cui i membri del distretto milanese dell'auto lavorano insieme: elettrificazione, filiera, competenze e altri.",
  groupsIntro:
    "Nei gruppi di lavoro i membri del distretto affrontano insieme un tema: ogni gruppo ha un coordinatore, i suoi partecipanti e i suoi incontri.",
  groupsPending:
    "I gruppi di lavoro del distretto sono in via di definizione: saranno presentati su questa pagina, con il modo per partecipare.",
  groupCoordinator: "Coordinamento",
  groupSize: (count: number) => plural(count, "organizzazione", "organizzazioni"),
  groupStatus: "Stato",
  groupGoals: "Obiettivi",
  groupParticipants: "Chi partecipa",
  groupUpcomingEvents: "Prossimi incontri",
  groupPastEvents: "Incontri passati",
  groupNews: "Notizie sul gruppo",
  groupJoin: "Partecipa al gruppo",
  groupJoinText:
    "Le organizzazioni del settore possono partecipare al gruppo: indica il gruppo nella domanda di adesione al distretto.",
  /** Without a join form: the group is named, since the join page cannot know it. */
  groupJoinByEmail: (title: string, email: string) =>
    `Le organizzazioni del settore possono partecipare al gruppo «${title}»: scrivi alla segreteria del distretto, all’indirizzo ${email}, indicando il gruppo.`,
  groupJoinByEmailLink: "Scrivi alla segreteria",
  groupJoinSubject: (title: string) => `Partecipazione al gruppo di lavoro «${title}»`,
  groupJoinPending: (title: string) =>
    `Le organizzazioni del settore possono partecipare al gruppo «${title}». Il modo per chiederlo e i contatti della segreteria del distretto sono in via di definizione: saranno pubblicati sulla pagina per aderire.`,
  groupJoinPendingLink: "Come aderire al distretto",
  opensInNewTab: "(si apre in una nuova scheda)",
  joinCta: "Aderisci al distretto",
  joinCtaText:
    "Il primo obiettivo del distretto è raccogliere adesioni: più organizzazioni partecipano, più il sistema è forte.",
  contactsPending:
    "I contatti della segreteria del distretto sono in via di definizione e saranno pubblicati su questa pagina.",
  /** The join page with neither a form nor an e-mail: how to apply is not known yet either. */
  joinPending:
    "Il modo per presentare la domanda di adesione e i contatti della segreteria del distretto sono in via di definizione: saranno pubblicati su questa pagina.",
  contacts: "Contatti",
  contactUs: "Per aderire o chiedere informazioni scrivi alla segreteria:",
  committeeOnHome: "Chi guida il distretto",
  homeIntro:
    "Un nuovo sistema produttivo che riunisce imprese, università, associazioni di categoria, istituzioni pubbliche e consorzi di imprese del settore automotive nelle province di Milano, Bergamo, Brescia, Cremona, Lecco e Mantova.",
  homePurpose:
    "Promuove lo sviluppo del settore e la sua competitività internazionale, mettendo in comune risorse, conoscenze e competenze tecnologiche per portare ricerca e innovazione.",
  discoverDistrict: "Scopri il distretto",
  notFoundTitle: "Pagina non trovata",
  notFoundDescription: "La pagina che cerchi non esiste o è stata spostata.",
  notFoundHelp: "Puoi tornare alla home o consultare una di queste sezioni:",
  newsletter: {
    title: "Notiziario",
    description:
      "Tutti i numeri del notiziario del distretto milanese dell’auto: le notizie e gli appuntamenti che gli iscritti ricevono per e-mail.",
    intro:
      "Il notiziario raccoglie le notizie e gli appuntamenti del distretto. Ecco tutti i numeri inviati, dal più recente: sono quelli che riceverai iscrivendoti.",
    pending: "Il primo numero del notiziario è in preparazione.",
    issueNumber: (number: number) => `Notiziario n. ${number}`,
    sentOn: "Inviato il",
    articles: "Notizie",
    events: "Appuntamenti",
    readArticle: "Leggi l’articolo",
    eventDetails: "Programma e iscrizioni",
    allIssues: "Tutti i numeri del notiziario",
    feed: "Segui il notiziario con un lettore di feed (RSS)",
    feedTitle: "Notiziario",
    boxLink: "Leggi i numeri già inviati del notiziario",
    email: {
      readInBrowser: "Leggi nel browser",
      why: (siteName: string) =>
        `Ricevi questa e-mail perché hai chiesto gli aggiornamenti del ${siteName}.`,
      unsubscribe: "Annulla l’iscrizione",
      archive: "Tutti i numeri sul sito",
    },
  },
  draftBanner: "Bozza: questa pagina non sarà pubblicata finché draft è true.",
  scheduledBanner: (date: string) => `Programmato: sarà pubblicato dal ${date}.`,
  /** What the preview (`npm run dev`) says of files the content check refuses. */
  preview: {
    entryRefused: (file: string) =>
      `${file} ha errori (li elenca il controllo dei contenuti): l'anteprima ne mostra l'ultima versione corretta, se c'è.`,
    errorsTitle: (count: number) =>
      pluralForm(
        count,
        "Un file dei contenuti ha un errore",
        `I file dei contenuti hanno ${count} errori`,
      ),
    errorsExplanation:
      "Finché ci sono, il sito non viene pubblicato. L'anteprima mostra l'ultima versione corretta di ogni file con errori; correggili e salva: questa pagina si aggiorna da sola.",
  },
  /** The open data under /dati/: the page for re-users, the files' own words, the catalogue. */
  openData: {
    title: "Dati aperti",
    description:
      "I membri, gli eventi e i gruppi di lavoro del distretto milanese dell'auto come dati aperti, in CSV e JSON, con lo schema di ogni file e la licenza.",
    intro:
      "Tutto quello che il sito pubblica sui membri, sugli eventi e sui gruppi di lavoro è disponibile anche come dati, da aprire in un foglio di calcolo o da leggere con un programma: sono gli stessi dati delle pagine, senza bozze né contenuti non ancora pubblicati.",
    footerLink: "Dati aperti",
    downloads: "File",
    download: (format: string) => `Scarica in ${format}`,
    schema: "Lo schema JSON del file",
    fieldsCaption: (title: string) => `I campi di «${title}»`,
    kind: "Tipo",
    /** How a field's values are written, from its JSON Schema. */
    kinds: {
      text: "testo",
      url: "indirizzo web completo",
      date: "data, AAAA-MM-GG",
      dateTime: "data e ora con il fuso orario, AAAA-MM-GGThh:mm:ss+01:00",
      dateOrDateTime:
        "data (AAAA-MM-GG) per un evento di un giorno intero, altrimenti data e ora con il fuso",
      boolean: "vero o falso (nel CSV «sì» o «no»)",
      list: (item: string) => `elenco di valori (${item}; nel CSV separati da «; »)`,
      oneOf: (values: readonly string[]) => `uno tra ${values.join(", ")}`,
      nullable: (kind: string) => `${kind}; vuoto se non indicato`,
    },
    csvTitle: "I file CSV",
    csvText:
      "I file CSV si aprono con un doppio clic in un foglio di calcolo: sono in UTF-8 con il segno iniziale (BOM) che fa leggere correttamente le lettere accentate, con una riga di intestazione, i campi separati da virgole e tra virgolette quando serve (RFC 4180), gli elenchi separati da «; » e le date nel formato ISO 8601.",
    jsonTitle: "I file JSON",
    jsonText:
      "Ogni file JSON indica il suo schema (JSON Schema 2020-12) nel campo $schema e la licenza nel campo licenza; l'elenco dei dati è nel campo che ha il nome del file. Il sito controlla ogni file rispetto al suo schema a ogni pubblicazione.",
    updatesTitle: "Quando cambiano",
    updatesText:
      "I file vengono rigenerati a ogni pubblicazione del sito, cioè ogni volta che la segreteria pubblica una modifica e comunque ogni mattina: sono sempre allineati alle pagine. Il campo generato di ogni file JSON dice quando è stato prodotto.",
    licenceText: (publisher: string) =>
      `I dati di questa pagina e il feed delle notizie sono pubblicati con la licenza qui sotto: chiunque può copiarli, distribuirli, trasformarli e usarli, anche a fini commerciali, nei termini della licenza. Dove la licenza chiede di citare la fonte, la fonte è «${publisher}».`,
    catalogueTitle: "Per i portali dei dati aperti",
    catalogueText:
      "La descrizione dei dataset secondo il profilo nazionale DCAT-AP_IT, che i portali nazionali e regionali dei dati aperti raccolgono, è nel file:",
    newsTitle: "Le notizie",
    newsText:
      "Le notizie, con il testo completo di ogni articolo, sono nel feed RSS e nel JSON Feed (versione 1.1).",
    linksLabel: (title: string) => `Dati aperti: ${title}`,
    linksIntro: "Questi dati anche come file:",
    aboutFiles: "come sono fatti",
    /** The publisher and the catalogue, as DCAT-AP_IT and each file name them. */
    catalogueTitleText: "Dati aperti del distretto milanese dell'auto",
    catalogueDescription:
      "Il catalogo dei dati aperti del distretto milanese dell'auto: i membri, gli eventi, i gruppi di lavoro e le notizie del distretto, come li pubblica il suo sito.",
    datasets: {
      membri: {
        title: "Membri del distretto",
        description:
          "Le organizzazioni che aderiscono al distretto milanese dell'auto: nome, tipo, provincia, città, sito web, settori, data di adesione, soci fondatori, seggi nel comitato di networking e la pagina di ciascuna sul sito.",
      },
      eventi: {
        title: "Eventi del distretto",
        description:
          "Gli eventi del distretto milanese dell'auto, passati e in programma: titolo, sintesi, inizio e fine con il fuso orario, luogo o collegamento online, organizzatori, gruppi di lavoro, annullamenti, la pagina e il file di calendario di ciascuno.",
      },
      gruppi: {
        title: "Gruppi di lavoro del distretto",
        description:
          "I gruppi di lavoro (tavoli tematici) del distretto milanese dell'auto: titolo, sintesi, stato, coordinatore, membri partecipanti e la pagina di ciascuno.",
      },
      notizie: {
        title: "Notizie del distretto",
        description:
          "Le notizie pubblicate dal distretto milanese dell'auto, con il testo completo di ogni articolo.",
      },
    },
    /** What each field of the files holds, for the schemas and the page. */
    document: {
      $schema: "L'indirizzo dello schema JSON di questo file.",
      titolo: "Il titolo dei dati.",
      descrizione: "Che cosa contengono i dati.",
      editore: "Chi pubblica i dati.",
      pagina: "La pagina del sito che descrive questi dati.",
      generato: "Quando il file è stato generato: a ogni pubblicazione del sito.",
      licenza: "La licenza dei dati.",
      licenceId: "Il codice SPDX della licenza.",
      licenceName: "Il nome della licenza.",
      licenceUrl: "L'indirizzo del testo della licenza.",
      records: "I dati, uno per elemento.",
    },
    fields: {
      membri: {
        id: "L'identificativo stabile del membro, lo stesso dell'indirizzo della sua pagina; gli eventi e i gruppi nominano i membri con questo.",
        nome: "Il nome dell'organizzazione.",
        tipo: "Il tipo di organizzazione, come codice.",
        tipo_etichetta: "Il tipo di organizzazione, in parole.",
        provincia: "La sigla della provincia in cui ha sede.",
        citta: "La città in cui ha sede.",
        sito_web: "Il sito web dell'organizzazione.",
        settori: "I settori di attività.",
        data_adesione: "Il giorno in cui ha aderito al distretto.",
        socio_fondatore: "Se è tra i soci fondatori del distretto.",
        seggio_comitato: "Il suo ruolo nel comitato di networking, se vi siede.",
        pagina: "La sua pagina sul sito.",
      },
      eventi: {
        id: "L'identificativo stabile dell'evento, lo stesso dell'indirizzo della sua pagina.",
        titolo: "Il titolo dell'evento.",
        descrizione: "La sintesi dell'evento.",
        inizio: "Quando comincia.",
        fine: "Quando finisce: per un evento di più giorni interi, l'ultimo giorno.",
        giornata_intera: "Se occupa giorni interi, senza orario.",
        luogo: "Il nome del luogo.",
        indirizzo: "L'indirizzo del luogo.",
        citta: "La città del luogo.",
        provincia: "La sigla della provincia del luogo, se è una delle sei del distretto.",
        online: "Dove seguirlo a distanza.",
        iscrizione: "Dove iscriversi.",
        organizzatori: "I nomi dei membri che lo organizzano.",
        organizzatori_id: "Gli identificativi dei membri che lo organizzano (campo id dei membri).",
        gruppi: "I titoli dei gruppi di lavoro che lo promuovono.",
        gruppi_id:
          "Gli identificativi dei gruppi di lavoro che lo promuovono (campo id dei gruppi).",
        annullato: "Se è stato annullato.",
        pagina: "La sua pagina sul sito.",
        calendario: "Il suo file di calendario (.ics).",
      },
      gruppi: {
        id: "L'identificativo stabile del gruppo, lo stesso dell'indirizzo della sua pagina.",
        titolo: "Il nome del gruppo di lavoro.",
        descrizione: "Che cosa fa il gruppo.",
        stato: "A che punto è, come codice.",
        stato_etichetta: "A che punto è, in parole.",
        coordinatore: "Il nome del membro che lo coordina.",
        coordinatore_id: "L'identificativo del membro che lo coordina (campo id dei membri).",
        partecipanti_id:
          "Gli identificativi di tutti i membri che partecipano, coordinatore compreso (campo id dei membri).",
        pagina: "La sua pagina sul sito.",
      },
    },
  },
  lastUpdated: "Aggiornato il",
  /** This language's own name: the text of the header's link to this language's pages. */
  languageName: "Italiano",
  /** The link's accessible name, in this language: where it leads. */
  languageLinkLabel: "Questa pagina in italiano",
  /** Under a text shown in the other language because nobody has translated it yet. */
  untranslatedNotice: "Questa descrizione non è ancora stata tradotta: è riportata in inglese.",
  /** The updates box, where the newsletter is in the other language. */
  newsletterLanguage: "Il notiziario è scritto in inglese.",
  /** The search page's link to the other language's search, with the same words. */
  searchOtherLanguage: "Cerca le stesse parole nelle pagine in inglese",
  footerAbout:
    "Il sistema produttivo che riunisce imprese, università, associazioni di categoria, istituzioni pubbliche e consorzi del settore automotive in Lombardia.",
} as const;
export type Dictionary = WordsOf<typeof t>;

export const memberTypeLabels: Record<MemberType, string> = {
  impresa: "Impresa",
  universita: "Università",
  associazione: "Associazione di categoria",
  istituzione: "Istituzione pubblica",
  consorzio: "Consorzio di imprese",
  ricerca: "Centro di ricerca o parco scientifico",
};

export const groupStatusLabels: Record<GroupStatus, string> = {
  attivo: "Attivo",
  "in-avvio": "In avvio",
  concluso: "Concluso",
};

export const provinceNames: Record<Province, string> = {
  MI: "Milano",
  BG: "Bergamo",
  BS: "Brescia",
  CR: "Cremona",
  LC: "Lecco",
  MN: "Mantova",
};

/** A language's words as modules of src/lib/ take them: its dictionary and its labels. */
export interface Words {
  t: Dictionary;
  memberTypeLabels: Record<MemberType, string>;
  groupStatusLabels: Record<GroupStatus, string>;
  provinceNames: Record<Province, string>;
}
