/**
 * EDITING.md's list of the messages the check and the build give, from the catalogue itself:
 * each with its title, an example as the check prints it after the field, and its advice.
 */
import {
  editorMessageSections,
  renderEditorMessage,
  type EditorMessage,
  type EditorMessageName,
} from "../../../src/i18n/editor-messages.ts";
import type { MessageDefinition } from "../../../src/i18n/editor-messages/define.ts";

const WIDTH = 100;

/** Inline code that holds any text: its fence is longer than any run of backticks inside. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(([run]) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Wraps a list item at the guide's width, never inside inline code. */
function wrapItem(text: string): string {
  // A word is a run of anything but spaces, where inline code counts as one piece.
  const words = text.match(/(?:(`+)[\s\S]*?\1|[^\s`])+/g) ?? [];
  const lines: string[] = [];
  let line = "-";
  for (const word of words) {
    if (line.length + 1 + word.length > WIDTH && line.trim() !== "-") {
      lines.push(line);
      line = " ";
    }
    line += ` ${word}`;
  }
  return [...lines, line].join("\n");
}

function item(name: EditorMessageName, definition: MessageDefinition<unknown>): string {
  const { problem, expected } = renderEditorMessage({
    name,
    params: definition.example,
  } as EditorMessage);
  const kind = { warning: " (avviso)", note: " (nota)", error: "" }[definition.severity ?? "error"];
  const hint = definition.hint ? ` ${definition.hint}` : "";
  return wrapItem(`**${definition.title}**${kind}: ${code(`${problem}  ${expected}`)}${hint}`);
}

/** The list, one heading per group of the catalogue. */
export function messageList(): string {
  const sections = editorMessageSections.map(({ heading, messages }) =>
    [
      `### ${heading}`,
      "",
      ...Object.entries(messages).map(([name, definition]) =>
        item(name as EditorMessageName, definition as MessageDefinition<unknown>),
      ),
    ].join("\n"),
  );
  return [
    "<!-- Generato da `npm run docs:fields` dal catalogo dei messaggi, src/i18n/editor-messages.ts: non modificare a mano. -->",
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
}
