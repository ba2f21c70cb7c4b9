import { formatItalianDate } from "../../lib/text/dates.ts";

/**
 * One message to editors, as data: the shape of every entry of the catalogue. A finding reads
 * `file:line  field  problem  expected`, so `problem` continues the field's name and `expected`
 * is a sentence of its own.
 */
export interface MessageDefinition<Params> {
  /** A few words for the list of messages in EDITING.md. */
  title: string;
  /** What is wrong: lower-case first letter, ends with a full stop. */
  problem: (params: Params) => string;
  /** What to write instead: a sentence. */
  expected: (params: Params) => string;
  /**
   * Only for warnings, which do not stop the publication, and notes, which tell the editor what
   * the build will do with a correct file; every other message is an error.
   */
  severity?: "warning" | "note";
  /** Advice for EDITING.md beyond `expected`, in Markdown; the check does not print it. */
  hint?: string;
  /** The parameters EDITING.md shows the message with (not a source for the type). */
  example: NoInfer<Params>;
}

/** The parameters of a message that needs none. */
export type NoParams = object;

/** Declares a message; its parameters' type comes from its functions and its example. */
export const message = <Params = NoParams>(definition: MessageDefinition<Params>) => definition;

// How the values an editor wrote, and the kinds of value a field takes, read in a message.

const TYPE_NAMES: Partial<Record<string, string>> = {
  string: "un testo",
  number: "un numero",
  int: "un numero intero, come 1 o 2",
  boolean: "true oppure false",
  date: "una data come 2026-11-30",
  array: "un elenco, come [primo, secondo]",
  object: "un gruppo di campi rientrati sotto il nome del campo",
};

const FORMAT_NAMES: Partial<Record<string, string>> = {
  url: "un indirizzo completo che comincia con https://, come https://www.esempio.it",
  email: "un indirizzo e-mail, come nome@esempio.it",
};

/** "un elenco", "2026-11-30", "\"azienda\"": a value as the editor will recognise it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "niente";
  if (value === null) return "vuoto";
  if (value instanceof Date) return `la data ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return "un elenco";
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "object") return "un gruppo di campi";
  // YAML gives numbers and booleans; nothing else is left.
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "un valore";
}

/** A kind of value by zod's name for it: `array` → "un elenco, come [primo, secondo]". */
export const typeName = (type: string) => TYPE_NAMES[type] ?? type;

/** What any of several kinds of value would be; a date stands for the text it may be written as. */
export function describeTypes(types: readonly string[]): string {
  if (types.includes("date")) return typeName("date");
  return [...new Set(types)].map(typeName).join(" oppure ") || "un valore di un altro tipo";
}

/** "un indirizzo completo che comincia con https://…", or the format's own name. */
export const formatName = (format: string) =>
  FORMAT_NAMES[format] ?? `un valore nel formato ${format}`;

/** "30 novembre 2026". */
export const day = formatItalianDate;

/** At most three files, then how many more. */
export function listFiles(files: readonly string[]): string {
  const shown = files.slice(0, 3);
  const more = files.length - shown.length;
  return shown.join(", ") + (more > 0 ? ` e altri ${more} file` : "");
}
