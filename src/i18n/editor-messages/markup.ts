import { ALLOWED_SCHEMES, ALLOWED_TAGS } from "../../lib/text/html-allowlist.ts";
import { message } from "./define.ts";

const ASK_FOR_A_COMPONENT = "per un contenuto interattivo chiedi agli sviluppatori un componente";

/** An address as a message shows it: a pasted data: address can be thousands of characters. */
const shortUrl = (url: string) => (url.length > 60 ? `${url.slice(0, 57)}…` : url);

const schemes = ALLOWED_SCHEMES.map((scheme) => `${scheme}:`).join(", ");

/** HTML written in a Markdown or MDX body: a short list of harmless tags and attributes. */
export const htmlMessages = {
  HtmlTagNotAllowed: message({
    title: "Tag HTML non ammesso",
    problem: ({ tag }: { tag: string }) => `il tag <${tag}> non è ammesso nei contenuti.`,
    expected: ({ tag }) =>
      `Togli <${tag}>: il testo si scrive in Markdown, con pochi tag HTML ammessi (elencati in EDITING.md).`,
    hint: `Sono ammessi solo: ${ALLOWED_TAGS.map((tag) => `\`<${tag}>\``).join(", ")}. Un modulo, un video o una mappa di un altro sito si collegano con un link; ${ASK_FOR_A_COMPONENT}.`,
    example: { tag: "form" },
  }),
  HtmlAttributeNotAllowed: message({
    title: "Attributo HTML non ammesso",
    problem: ({ tag, attribute }: { tag: string; attribute: string; allowed: readonly string[] }) =>
      `l'attributo ${attribute} di <${tag}> non è ammesso.`,
    expected: ({ tag, allowed }) =>
      `Togli l'attributo; <${tag}> accetta solo ${allowed.join(", ")}.`,
    hint: "L'aspetto del testo lo decide il sito: invece di `style` usa il grassetto (`**…**`), `<mark>` o, nei file MDX, un riquadro `<Callout>`.",
    example: { tag: "p", attribute: "style", allowed: ["id", "class", "title", "lang", "dir"] },
  }),
  HtmlUnclosed: message({
    title: "Tag HTML non chiuso",
    problem: ({ what }: { what: "tag" | "comment" }) =>
      what === "tag"
        ? "un tag HTML che comincia qui non è chiuso: manca il > finale o una virgoletta."
        : "un commento HTML che comincia qui non è chiuso: manca -->.",
    expected: ({ what }) =>
      what === "tag"
        ? "Chiudi il tag con > e chiudi ogni valore tra virgolette, altrimenti il resto della pagina finisce dentro il tag."
        : "Chiudi il commento con -->, oppure toglilo: altrimenti il resto della pagina sparisce.",
    example: { what: "tag" },
  }),
  HtmlImageWithoutAlt: message({
    title: "Immagine HTML senza testo alternativo",
    problem: ({ src }: { src: string }) =>
      `l'immagine <img src="${shortUrl(src)}"> non ha il testo alternativo.`,
    expected: ({ src }) =>
      `Aggiungi alt con che cosa mostra: <img src="${shortUrl(src)}" alt="Descrizione dell'immagine">.`,
    hint: "Come per le immagini scritte in Markdown: descrivi che cosa mostra, non «immagine» o «foto».",
    example: { src: "./foto.jpg" },
  }),
  LinkSchemeNotAllowed: message({
    title: "Indirizzo di un tipo non ammesso",
    problem: ({ url, scheme }: { url: string; scheme: string }) =>
      `l'indirizzo ${shortUrl(url)} comincia con ${scheme}:, che nei link e nelle immagini non è ammesso.`,
    expected: () =>
      `Scrivi un indirizzo che comincia con ${schemes} oppure con / per una pagina del sito; un'immagine si copia accanto alla pagina.`,
    hint: "Un'immagine incollata come `data:` va salvata come file accanto alla pagina.",
    example: { url: "data:text/html;base64,PHNjcmlwdD4=", scheme: "data" },
  }),
};

/** MDX: the documented components, with attributes written as text, and nothing else. */
export const mdxMessages = {
  MdxNotReadable: message({
    title: "File MDX non leggibile",
    problem: ({ reason }: { reason: string }) => `il file MDX non si può leggere (${reason}).`,
    expected: () =>
      "Controlla che ogni componente sia chiuso, con /> oppure con </Nome>, e scrivi \\{, \\} e \\< per avere {, } e < nel testo.",
    hint: "Nei file MDX i commenti HTML (`<!-- … -->`) non si possono scrivere: toglili.",
    example: {
      reason:
        "Unexpected end of file in expression, expected a corresponding closing brace for `{`",
    },
  }),
  MdxExpression: message({
    title: "Espressione in un file MDX",
    problem: () =>
      "c'è un'espressione tra parentesi graffe, cioè codice: nei contenuti non è ammesso.",
    expected: () =>
      `Togli le parentesi graffe e il loro contenuto; per scriverle come testo usa \\{ e \\}.`,
    example: {},
  }),
  MdxAttributeNotText: message({
    title: "Attributo che non è un testo",
    problem: ({
      tag,
      attribute,
      kind,
    }: {
      tag: string;
      attribute: string;
      kind: "expression" | "spread" | "empty";
    }) =>
      kind === "spread"
        ? `<${tag}> riceve attributi da un'espressione {...}, cioè codice.`
        : kind === "expression"
          ? `l'attributo ${attribute} di <${tag}> è un'espressione {…}, cioè codice.`
          : `l'attributo ${attribute} di <${tag}> non ha un valore.`,
    expected: ({ attribute, kind }) =>
      kind === "spread"
        ? 'Scrivi ogni attributo per nome, con il valore tra virgolette doppie: nome="valore".'
        : `Scrivi il valore tra virgolette doppie: ${attribute}="…".`,
    example: { tag: "MemberCard", attribute: "id", kind: "expression" },
  }),
  MdxComponentUnknown: message({
    title: "Componente che non esiste",
    problem: ({ component }: { component: string; known: readonly string[] }) =>
      `il componente <${component}> non esiste.`,
    expected: ({ known }) =>
      `Usa uno dei componenti documentati in EDITING.md, scritto esattamente così: ${known.join(", ")}.`,
    example: {
      component: "Video",
      known: ["Callout", "Download", "Figure", "MemberCard", "MemberList", "ProvinceMap"],
    },
  }),
  MdxAttributeUnknown: message({
    title: "Attributo che il componente non ha",
    problem: ({
      component,
      attribute,
    }: {
      component: string;
      attribute: string;
      known: readonly string[];
    }) => `<${component}> non ha l'attributo ${attribute}.`,
    expected: ({ component, known }) =>
      known.length > 0
        ? `Togli l'attributo o correggi il nome; <${component}> accetta solo ${known.join(", ")}.`
        : `Togli l'attributo: <${component}> non ne ha.`,
    example: { component: "Callout", attribute: "colore", known: ["tipo", "titolo"] },
  }),
  MdxAttributeMissing: message({
    title: "Attributo obbligatorio mancante",
    problem: ({ component, attribute }: { component: string; attribute: string }) =>
      `a <${component}> manca l'attributo ${attribute}, che è obbligatorio.`,
    expected: ({ component, attribute }) =>
      `Scrivi <${component} ${attribute}="…">, come nell'esempio di EDITING.md.`,
    example: { component: "MemberCard", attribute: "id" },
  }),
};

/** What an SVG drawing in content must not hold: it is served from the site's own address. */
export const svgMessages = {
  SvgCode: message({
    title: "Disegno SVG con codice",
    problem: ({
      kind,
      name,
    }: {
      kind: "element" | "event" | "javascript" | "entity";
      name: string;
    }) =>
      kind === "element"
        ? `il disegno contiene <${name}>, che esegue codice o porta una pagina dentro l'immagine.`
        : kind === "event"
          ? `il disegno contiene l'attributo ${name}=, che esegue codice.`
          : kind === "javascript"
            ? `il disegno contiene un link javascript: (nell'attributo ${name}), che esegue codice.`
            : "il disegno dichiara entità XML (<!ENTITY>), che possono nascondere codice.",
    expected: () =>
      "Esporta di nuovo l'immagine come SVG semplice, senza script né interattività, oppure salvala come PNG.",
    hint: "Il sito pubblica il file SVG così com'è, dal proprio indirizzo: chi lo apre da solo eseguirebbe il codice che contiene.",
    example: { kind: "element", name: "script" },
  }),
  SvgNotReadable: message({
    title: "Disegno SVG non leggibile",
    problem: ({ reason }: { reason: string }) =>
      `il file non è un disegno SVG leggibile (${reason}).`,
    expected: () =>
      "Esporta di nuovo l'immagine come SVG dal programma di disegno, oppure salvala come PNG.",
    example: {
      reason: "Expected closing tag 'g' (opened in line 3, col 2) instead of closing tag 'svg'.",
    },
  }),
};
