/**
 * Word banks for the synthetic district. Everything here is invented for the benchmark and
 * never published: the real content lives in content/.
 */

/** A subject an article can be about, with the tag that goes with it. */
export interface Theme {
  /** As it reads inside a sentence, article included: "i motori a basse emissioni". */
  phrase: string;
  /** As it reads in a title, without the article. */
  short: string;
  tag: string;
}

export const THEMES: readonly Theme[] = [
  { phrase: "i motori a basse emissioni", short: "motori a basse emissioni", tag: "motori" },
  { phrase: "la progettazione dei motori", short: "progettazione dei motori", tag: "motori" },
  { phrase: "i motori elettrici", short: "motori elettrici", tag: "veicoli elettrici" },
  { phrase: "la mobilità elettrica", short: "mobilità elettrica", tag: "veicoli elettrici" },
  { phrase: "le batterie di nuova generazione", short: "batterie", tag: "batterie" },
  { phrase: "l'idrogeno per il trasporto pesante", short: "idrogeno", tag: "idrogeno" },
  { phrase: "il software di bordo", short: "software di bordo", tag: "software" },
  { phrase: "la guida assistita", short: "guida assistita", tag: "guida autonoma" },
  { phrase: "la sicurezza dei veicoli", short: "sicurezza dei veicoli", tag: "sicurezza" },
  { phrase: "i sistemi frenanti", short: "sistemi frenanti", tag: "componentistica" },
  { phrase: "la componentistica di precisione", short: "componentistica", tag: "componentistica" },
  { phrase: "i materiali compositi leggeri", short: "materiali compositi", tag: "materiali" },
  { phrase: "la manifattura additiva", short: "manifattura additiva", tag: "stampa 3D" },
  { phrase: "la fabbrica connessa", short: "fabbrica connessa", tag: "industria 4.0" },
  { phrase: "la logistica della filiera", short: "logistica", tag: "logistica" },
  { phrase: "il riciclo dei materiali", short: "riciclo", tag: "economia circolare" },
  {
    phrase: "l'efficienza energetica degli impianti",
    short: "efficienza energetica",
    tag: "sostenibilità",
  },
  { phrase: "la formazione dei tecnici", short: "formazione tecnica", tag: "formazione" },
  { phrase: "le competenze digitali", short: "competenze digitali", tag: "lavoro" },
  { phrase: "l'export verso i mercati europei", short: "export", tag: "export" },
  { phrase: "la collaborazione tra fornitori", short: "rete dei fornitori", tag: "fornitori" },
  { phrase: "l'elettronica di potenza", short: "elettronica di potenza", tag: "elettronica" },
  { phrase: "il design degli interni", short: "design degli interni", tag: "design" },
  { phrase: "la tutela dei brevetti", short: "brevetti", tag: "brevetti" },
  { phrase: "le nuove imprese innovative", short: "startup", tag: "startup" },
  { phrase: "i collaudi su strada", short: "collaudi", tag: "ricerca" },
  { phrase: "la ricerca applicata", short: "ricerca applicata", tag: "ricerca" },
  { phrase: "i finanziamenti per l'innovazione", short: "finanziamenti", tag: "finanziamenti" },
];

/** Tags that come from the kind of article rather than its subject. */
export const EXTRA_TAGS = [
  "distretto",
  "adesioni",
  "innovazione",
  "filiera",
  "eventi",
  "fiere",
  "bandi",
  "università",
] as const;

export const PLACES = [
  { province: "MI", where: "a Milano", cities: ["Milano", "Legnano", "Rho", "Sesto San Giovanni"] },
  { province: "BG", where: "in provincia di Bergamo", cities: ["Bergamo", "Dalmine", "Treviglio"] },
  { province: "BS", where: "a Brescia", cities: ["Brescia", "Lumezzane", "Chiari"] },
  { province: "CR", where: "nel Cremonese", cities: ["Cremona", "Crema", "Casalmaggiore"] },
  { province: "LC", where: "nel Lecchese", cities: ["Lecco", "Merate", "Calolziocorte"] },
  {
    province: "MN",
    where: "nel Mantovano",
    cities: ["Mantova", "Suzzara", "Castiglione delle Stiviere"],
  },
] as const;

export const GROUPS = [
  "le piccole e medie imprese",
  "i fornitori di secondo livello",
  "i ricercatori universitari",
  "gli studenti degli istituti tecnici",
  "le aziende della filiera",
  "i consorzi del territorio",
  "i laboratori di prova",
  "le associazioni di categoria",
];

export const PERIODS = [
  "nei prossimi mesi",
  "entro la fine dell'anno",
  "nel corso del prossimo anno",
  "nelle prossime settimane",
  "a partire dalla primavera",
  "dopo l'estate",
];

/**
 * Sentences with slots: {tema} {tema2} {luogo} {gruppo} {periodo} {n} {membro}. A theme slot
 * may carry a preposition, which merges with the article: "{su tema}" → "sui motori".
 */
export const SENTENCES = [
  "Il progetto coinvolge {gruppo} {luogo} e punta a rafforzare le competenze {su tema}.",
  "Secondo i promotori, l'iniziativa potrà interessare almeno {n} aziende {periodo}.",
  "{membro} ha messo a disposizione i propri laboratori per le prove {su tema}.",
  "Le attività si svolgeranno {luogo}, con incontri aperti a chi lavora {su tema}.",
  "L'obiettivo è trasformare i risultati della ricerca in soluzioni che le imprese possano adottare in tempi brevi.",
  "Il confronto tra università e aziende resta uno dei punti di forza del distretto.",
  "Negli ultimi anni l'interesse {per tema} è cresciuto in modo costante.",
  "Per le imprese più piccole si tratta di un'occasione per incontrare partner tecnologici qualificati.",
  "Il calendario prevede {n} incontri tecnici, ciascuno dedicato a un aspetto specifico.",
  "I primi risultati saranno presentati {periodo} durante una giornata aperta agli aderenti.",
  "Tra i temi affrontati figurano {tema} e {tema2}.",
  "Il lavoro comune permette di ridurre i costi di sviluppo e di accorciare i tempi delle prove.",
  "Le aziende partecipanti hanno indicato come prioritari gli investimenti {in tema}.",
  "La collaborazione con {membro} consentirà di condividere attrezzature e competenze.",
  "I motori di nuova generazione richiedono competenze che uniscono meccanica, elettronica e software.",
  "La domanda di tecnici specializzati continua a crescere in tutte le province del distretto.",
  "Sono previsti anche momenti di formazione per il personale delle imprese aderenti.",
  "La partecipazione è gratuita per le realtà che fanno parte del distretto.",
  "Le proposte raccolte verranno discusse con le istituzioni del territorio {periodo}.",
  "Il settore automotive lombardo conta su una rete fitta di fornitori, spesso specializzati in lavorazioni di alta precisione.",
  "Molte di queste imprese lavorano già con costruttori di diversi paesi europei.",
  "L'iniziativa si inserisce nel percorso avviato dal distretto per favorire lo scambio di conoscenze.",
  "Il progetto è stato presentato {luogo} davanti a una platea di imprenditori, docenti e tecnici.",
  "Nel corso dell'incontro sono stati illustrati alcuni casi concreti di collaborazione tra aziende.",
  "Le prove di laboratorio si sono concentrate {su tema}.",
  "Un'attenzione specifica è stata dedicata alla sostenibilità dei processi produttivi.",
  "Gli organizzatori hanno annunciato che l'esperienza sarà ripetuta {periodo}.",
  "Secondo {membro}, la condivisione dei dati di prova è il passo che rende possibili risultati più rapidi.",
  "Le imprese che hanno già partecipato segnalano benefici concreti sui tempi di sviluppo dei prodotti.",
  "Il gruppo di lavoro ha raccolto {n} proposte, che verranno valutate una per una.",
  "Una parte delle attività sarà dedicata {a tema2}, un tema che interessa molte aziende della filiera.",
  "Chi lavora {su tema} trova nel distretto un luogo dove confrontarsi con colleghi e ricercatori.",
  "Le informazioni pratiche saranno pubblicate in questa sezione man mano che il programma si definisce.",
  "La scelta dei partner è avvenuta tenendo conto delle competenze già presenti {luogo}.",
];

export const HEADINGS = [
  "Il contesto",
  "Gli obiettivi",
  "Chi partecipa",
  "I prossimi passi",
  "Le attività previste",
  "I risultati attesi",
  "Come partecipare",
  "Il ruolo delle imprese",
  "La ricerca",
  "Il territorio",
  "I numeri",
  "Le tecnologie coinvolte",
];

export const LIST_ITEMS = [
  "incontri tecnici tra imprese e ricercatori",
  "visite ai laboratori delle università",
  "giornate di prova delle attrezzature condivise",
  "corsi brevi per il personale delle aziende",
  "tavoli di lavoro con le istituzioni",
  "una raccolta di casi di collaborazione riusciti",
  "un calendario comune degli eventi del settore",
  "sportelli di orientamento sui bandi disponibili",
  "momenti di confronto con le associazioni di categoria",
  "un elenco aggiornato delle competenze presenti nel distretto",
];

export const TITLES = [
  "Al via un progetto su {short} {luogo}",
  "Nuovo laboratorio dedicato a {short}",
  "Imprese e ricercatori a confronto su {short}",
  "{n} aziende del distretto lavorano insieme su {short}",
  "Un percorso di formazione su {short}",
  "Bando per progetti di ricerca su {short}",
  "Le imprese {luogo} puntano su {short}",
  "Giornata aperta sui risultati in tema di {short}",
  "Una rete di fornitori per {short}",
  "Come cambia la filiera con {short}",
];

export const AUTHORS = ["Redazione", "Segreteria del distretto", "Ufficio comunicazione"];

/** Parts of invented organisation names. */
export const COMPANY_WORDS = {
  kinds: [
    "Officine",
    "Meccanica",
    "Fonderia",
    "Tecnologie",
    "Componenti",
    "Stampi",
    "Elettronica",
    "Sistemi",
    "Lavorazioni",
    "Laboratori",
  ],
  names: [
    "Adda",
    "Serio",
    "Oglio",
    "Mincio",
    "Brembo Alto",
    "Lario",
    "Padana",
    "Orobica",
    "Cremasca",
    "Franciacorta",
    "Valtrompia",
    "Brianza Sud",
    "Naviglio",
    "Ticino",
    "Garda",
    "Sebino",
    "Morenica",
    "Bassa",
    "Collina",
    "Pianura",
  ],
  suffixes: ["Srl", "Spa", "Scarl", "Snc"],
};

export const SECTORS = [
  "motori",
  "componentistica",
  "elettronica",
  "software",
  "materiali",
  "stampaggio",
  "verniciatura",
  "logistica",
  "collaudi",
  "progettazione",
  "formazione",
  "ricerca",
];

const ARTICLES = ["il ", "lo ", "la ", "l'", "i ", "gli ", "le "] as const;
const MERGED: Record<string, readonly string[]> = {
  a: ["al ", "allo ", "alla ", "all'", "ai ", "agli ", "alle "],
  di: ["del ", "dello ", "della ", "dell'", "dei ", "degli ", "delle "],
  su: ["sul ", "sullo ", "sulla ", "sull'", "sui ", "sugli ", "sulle "],
  in: ["nel ", "nello ", "nella ", "nell'", "nei ", "negli ", "nelle "],
};

/** "su" + "i motori" → "sui motori"; "per" + "la logistica" → "per la logistica". */
export function withPreposition(preposition: string, phrase: string): string {
  const forms = MERGED[preposition];
  const index = ARTICLES.findIndex((article) => phrase.startsWith(article));
  if (!forms || index < 0) return `${preposition} ${phrase}`;
  return `${forms[index] as string}${phrase.slice((ARTICLES[index] as string).length)}`;
}
