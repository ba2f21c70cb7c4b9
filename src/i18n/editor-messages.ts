/**
 * Every message the site gives the people who write its content, as data, in the manner of
 * Astro's own errors (packages/astro/src/core/errors/errors-data.ts): each has a stable name,
 * a title, what is wrong and what to write instead, with its parameters. The content check's
 * rules, the schemas, the build and the MDX components all report through it, so a mistake
 * reads the same wherever it is found, and EDITING.md's list of messages is generated from it
 * (`npm run docs:fields`). Names never change: tests and tools refer to them.
 */
import type { MessageDefinition, NoParams } from "./editor-messages/define.ts";
import { fieldMessages, headerMessages, valueMessages } from "./editor-messages/fields.ts";
import { eventMessages } from "./editor-messages/events.ts";
import { fileMessages } from "./editor-messages/files.ts";
import { htmlMessages, mdxMessages, svgMessages } from "./editor-messages/markup.ts";
import { newsletterMessages } from "./editor-messages/newsletter.ts";
import { translationMessages } from "./editor-messages/translations.ts";
import {
  codeMessages,
  documentMessages,
  linkMessages,
  siteMessages,
} from "./editor-messages/text.ts";

/** The catalogue in the order of EDITING.md, one heading per group. */
export const editorMessageSections = [
  { heading: "L'intestazione", messages: headerMessages },
  { heading: "I valori dei campi", messages: valueMessages },
  { heading: "Date, membri, immagini e tag", messages: fieldMessages },
  { heading: "Eventi e gruppi di lavoro", messages: eventMessages },
  { heading: "Il notiziario", messages: newsletterMessages },
  { heading: "Le versioni inglesi", messages: translationMessages },
  { heading: "I nomi e le cartelle dei file", messages: fileMessages },
  { heading: "Link e immagini nel testo", messages: linkMessages },
  { heading: "Codice nei contenuti", messages: codeMessages },
  { heading: "HTML e indirizzi nel testo", messages: htmlMessages },
  { heading: "Componenti MDX", messages: mdxMessages },
  { heading: "Immagini SVG", messages: svgMessages },
  { heading: "Documenti da scaricare", messages: documentMessages },
  { heading: "Durante la pubblicazione", messages: siteMessages },
] as const;

export const editorMessages = {
  ...headerMessages,
  ...valueMessages,
  ...fieldMessages,
  ...eventMessages,
  ...newsletterMessages,
  ...translationMessages,
  ...fileMessages,
  ...linkMessages,
  ...codeMessages,
  ...htmlMessages,
  ...mdxMessages,
  ...svgMessages,
  ...documentMessages,
  ...siteMessages,
};

type Catalogue = typeof editorMessages;
export type EditorMessageName = keyof Catalogue;
export type EditorMessageParams<Name extends EditorMessageName> = Catalogue[Name]["example"];

/** A message with its parameters: what a finding or a build error carries. */
export type EditorMessage = {
  [Name in EditorMessageName]: { name: Name; params: EditorMessageParams<Name> };
}[EditorMessageName];

/** Parameters may be left out when the message needs none. */
type ParamsArgument<Name extends EditorMessageName> =
  NoParams extends EditorMessageParams<Name>
    ? [params?: EditorMessageParams<Name>]
    : [params: EditorMessageParams<Name>];

/** `editorMessage("MemberNotFound", { id })`: a message, its parameters checked by its name. */
export function editorMessage<Name extends EditorMessageName>(
  name: Name,
  ...[params]: ParamsArgument<Name>
): EditorMessage {
  return { name, params: params ?? {} } as EditorMessage;
}

export function isEditorMessageName(name: string): name is EditorMessageName {
  return Object.hasOwn(editorMessages, name);
}

/** Whether a value is a message, as a zod issue carries it back from a schema. */
export function isEditorMessage(value: unknown): value is EditorMessage {
  if (typeof value !== "object" || value === null) return false;
  const { name, params } = value as { name?: unknown; params?: unknown };
  return (
    typeof name === "string" &&
    isEditorMessageName(name) &&
    typeof params === "object" &&
    params !== null
  );
}

export interface EditorMessageText {
  problem: string;
  expected: string;
}

/** The words of a message: what is wrong, and what to write instead. */
export function renderEditorMessage({ name, params }: EditorMessage): EditorMessageText {
  // editorMessage() pairs each name with its own parameters; TypeScript cannot follow the pair
  // through an index, so the definition is read as taking any of them.
  const definition = editorMessages[name] as unknown as MessageDefinition<typeof params>;
  return { problem: definition.problem(params), expected: definition.expected(params) };
}

/** A message as one paragraph, where it is not printed as a finding (schema errors in the build). */
export function editorMessageText(message: EditorMessage): string {
  const { problem, expected } = renderEditorMessage(message);
  return `${problem.charAt(0).toUpperCase()}${problem.slice(1)} ${expected}`;
}

export function editorMessageSeverity(name: EditorMessageName): "error" | "warning" | "note" {
  return editorMessages[name].severity ?? "error";
}
