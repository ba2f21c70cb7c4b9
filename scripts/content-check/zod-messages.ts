import type { z } from "astro/zod";

export interface PlainMessage {
  problem: string;
  expected: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: "un testo",
  number: "un numero",
  int: "un numero intero, come 1 o 2",
  boolean: "true oppure false",
  date: "una data come 2026-11-30",
  array: "un elenco, come [primo, secondo]",
  object: "un gruppo di campi rientrati sotto il nome del campo",
};

const FORMAT_NAMES: Record<string, string> = {
  url: "un indirizzo completo che comincia con https://, come https://www.esempio.it",
  email: "un indirizzo e-mail, come nome@esempio.it",
};

/** How a value an editor wrote reads back in a message. */
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

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

/** A sentence starting with a capital letter and ending with a full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Splits a schema's own message ("Data non valida: "x". Scrivi …") into what is wrong and what
 * to do, at its first full stop or colon.
 */
function splitMessage(message: string): PlainMessage {
  const stop = /\.\s+(?=\p{Lu})/u.exec(message);
  if (stop) {
    return {
      problem: lowerFirst(message.slice(0, stop.index + 1)),
      expected: sentence(message.slice(stop.index + stop[0].length)),
    };
  }
  const colon = /:\s+/.exec(message);
  if (colon) {
    return {
      problem: lowerFirst(message.slice(0, colon.index)) + ".",
      expected: sentence(message.slice(colon.index + colon[0].length)),
    };
  }
  return { problem: lowerFirst(sentence(message)), expected: "Correggi il valore." };
}

/** Problems continue the field name: "pubDate  data non valida". */
function lowerFirst(text: string): string {
  return (text[0]?.toLowerCase() ?? "") + text.slice(1);
}

/** What each alternative of a union would accept, e.g. "una data come 2026-11-30". */
function unionExpected(issue: z.core.$ZodIssueInvalidUnion): string {
  const types = new Set(
    issue.errors.flat().flatMap((inner) => (inner.code === "invalid_type" ? [inner.expected] : [])),
  );
  if (types.has("date")) return typeName("date");
  return [...types].map(typeName).join(" oppure ") || "un valore di un altro tipo";
}

/** Turns any zod issue into plain Italian, by its code: no field needs its own message. */
export function plainMessage(issue: z.core.$ZodIssue): PlainMessage {
  const input = issue.input;
  if (input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_union")) {
    const expected =
      issue.code === "invalid_type" ? typeName(issue.expected) : unionExpected(issue);
    return { problem: "manca, ed è obbligatorio.", expected: `Aggiungi il campo con ${expected}.` };
  }
  switch (issue.code) {
    case "invalid_type":
      return {
        problem: `è ${describeValue(input)}, che non è ${typeName(issue.expected)}.`,
        expected: `Scrivi ${typeName(issue.expected)}.`,
      };
    case "invalid_value":
      return {
        problem: `${describeValue(input)} non è tra i valori ammessi.`,
        expected: `Scrivi uno di questi valori: ${issue.values.map(String).join(", ")}.`,
      };
    case "too_small":
      if (issue.origin === "string") {
        return issue.minimum === 1
          ? { problem: "è vuoto.", expected: "Scrivi un testo." }
          : {
              problem: "è troppo corto.",
              expected: `Scrivi almeno ${String(issue.minimum)} caratteri.`,
            };
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return {
          problem: "ha troppo pochi elementi.",
          expected: `Scrivi almeno ${String(issue.minimum)} elementi.`,
        };
      }
      return {
        problem: `${describeValue(input)} è troppo piccolo.`,
        expected: `Scrivi un valore ${issue.inclusive ? "di almeno" : "maggiore di"} ${String(issue.minimum)}.`,
      };
    case "too_big":
      if (issue.origin === "string") {
        return {
          problem: "è troppo lungo.",
          expected: `Scrivi al massimo ${String(issue.maximum)} caratteri.`,
        };
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return {
          problem: "ha troppi elementi.",
          expected: `Scrivi al massimo ${String(issue.maximum)} elementi.`,
        };
      }
      return {
        problem: `${describeValue(input)} è troppo grande.`,
        expected: `Scrivi un valore ${issue.inclusive ? "di al massimo" : "minore di"} ${String(issue.maximum)}.`,
      };
    case "invalid_format":
      return {
        problem: `${describeValue(input)} non è ${FORMAT_NAMES[issue.format] ?? `nel formato ${issue.format}`}.`,
        expected: `Scrivi ${FORMAT_NAMES[issue.format] ?? `un valore nel formato ${issue.format}`}.`,
      };
    case "invalid_union":
      return {
        problem: `${describeValue(input)} non è un valore valido.`,
        expected: `Scrivi ${unionExpected(issue)}.`,
      };
    case "unrecognized_keys":
      return {
        problem: `campi sconosciuti: ${issue.keys.join(", ")}.`,
        expected: "Togli i campi che non servono o correggi il loro nome.",
      };
    case "not_multiple_of":
      return {
        problem: `${describeValue(input)} non è un multiplo di ${String(issue.divisor)}.`,
        expected: `Scrivi un multiplo di ${String(issue.divisor)}.`,
      };
    default:
      return splitMessage(issue.message);
  }
}
