import { describe, expect, it } from "vitest";
import {
  editorMessage,
  editorMessageSections,
  editorMessageText,
  editorMessages,
  isEditorMessage,
  renderEditorMessage,
  type EditorMessage,
  type EditorMessageName,
} from "./editor-messages.ts";

const names = Object.keys(editorMessages) as EditorMessageName[];

/** Each message with the parameters EDITING.md shows it with. */
const examples = names.map(
  (name) => ({ name, params: editorMessages[name].example }) as EditorMessage,
);

// What a template leaves behind when a parameter is missing or of the wrong kind.
const LEFTOVERS = /undefined|null|NaN|\[object |\$\{|Invalid Date/;

describe("the catalogue of editor messages", () => {
  it.each(examples)("renders $name from its example without leftover placeholders", (message) => {
    const { problem, expected } = renderEditorMessage(message);
    for (const text of [problem, expected, editorMessages[message.name].title]) {
      expect(text).not.toMatch(LEFTOVERS);
      expect(text).not.toContain("\n");
    }
    // The problem continues the field's name; what to do is a sentence of its own.
    expect(problem).toMatch(/^[^A-Z].*\.$/s);
    expect(expected).toMatch(/^[A-Z].*[.?]$/s);
  });

  it("names every message in PascalCase, once, in exactly one section of EDITING.md", () => {
    const inSections = editorMessageSections.flatMap(({ messages }) => Object.keys(messages));
    expect(inSections.toSorted()).toEqual(names.toSorted());
    for (const name of names) expect(name).toMatch(/^(?:[A-Z][a-z]+)+$/);
  });

  it("reads a message back only when its name is in the catalogue", () => {
    expect(isEditorMessage(editorMessage("MemberNotFound", { id: "x" }))).toBe(true);
    expect(isEditorMessage({ name: "NoSuchMessage", params: {} })).toBe(false);
    expect(isEditorMessage("MemberNotFound")).toBe(false);
  });

  it("writes a message as one paragraph for the build, problem first", () => {
    expect(
      editorMessageText(editorMessage("DateInvalid", { value: "domani", withTime: false })),
    ).toBe('Data non valida: "domani". Scrivi una data come 2026-11-30.');
  });
});
