import type { z } from "astro/zod";
import { editorMessage, isEditorMessage, type EditorMessage } from "../i18n/editor-messages.ts";

/** The kinds of value each alternative of a union would accept (`date`, `string`…). */
function unionTypes(issue: z.core.$ZodIssueInvalidUnion): string[] {
  return issue.errors
    .flat()
    .flatMap((inner) => (inner.code === "invalid_type" ? [inner.expected] : []));
}

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

/**
 * `image: ./foto.png`, where a group of `src` and `alt` is expected: said as an image's two
 * fields, not as zod's "not an object".
 */
function imageWrittenAsPath(issue: z.core.$ZodIssueInvalidType): EditorMessage | undefined {
  const field = issue.path.at(-1);
  if (issue.expected !== "object" || typeof issue.input !== "string") return undefined;
  if (!IMAGE_FILE.test(issue.input.trim()) || typeof field !== "string") return undefined;
  return editorMessage("ImageWrittenAsPath", { field, src: issue.input.trim() });
}

/**
 * The catalogue's message for any issue a schema raises: the schemas' own issues carry theirs
 * (`editorIssue` in helpers.ts); zod's built-in ones are named by their code, so no field needs
 * a message of its own. The content check reports every issue through it.
 */
export function messageOfIssue(issue: z.core.$ZodIssue): EditorMessage {
  const value = issue.input;
  if (value === undefined && (issue.code === "invalid_type" || issue.code === "invalid_union")) {
    const types = issue.code === "invalid_type" ? [issue.expected] : unionTypes(issue);
    return editorMessage("FieldMissing", { types });
  }
  switch (issue.code) {
    case "invalid_type":
      return (
        imageWrittenAsPath(issue) ?? editorMessage("WrongType", { value, type: issue.expected })
      );
    case "invalid_value":
      return editorMessage("ValueNotAllowed", { value, allowed: issue.values.map(String) });
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string") {
        return minimum === 1
          ? editorMessage("FieldEmpty")
          : editorMessage("TextTooShort", { minimum });
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return editorMessage("TooFewItems", { minimum });
      }
      return editorMessage("NumberTooSmall", {
        value,
        minimum,
        inclusive: issue.inclusive ?? false,
      });
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string") return editorMessage("TextTooLong", { maximum });
      if (issue.origin === "array" || issue.origin === "set") {
        return editorMessage("TooManyItems", { maximum });
      }
      return editorMessage("NumberTooBig", {
        value,
        maximum,
        inclusive: issue.inclusive ?? false,
      });
    }
    case "invalid_format":
      return editorMessage("WrongFormat", { value, format: issue.format });
    case "invalid_union":
      return editorMessage("NoTypeMatches", { value, types: unionTypes(issue) });
    case "unrecognized_keys":
      return editorMessage("UnrecognizedFields", { keys: issue.keys });
    case "not_multiple_of":
      return editorMessage("NotMultipleOf", { value, divisor: issue.divisor });
    case "custom": {
      const carried: unknown = issue.params?.["editorMessage"];
      return isEditorMessage(carried) ? carried : editorMessage("InvalidValue", { value });
    }
    default:
      // invalid_key and invalid_element: records, maps and sets, which no schema has today.
      return editorMessage("InvalidValue", { value });
  }
}
