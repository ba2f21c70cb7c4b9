import jsYaml from "js-yaml";
import { Lexer, LineCounter, isMap, isSeq, parseDocument, type Document, type Node } from "yaml";
import { editorMessage, type EditorMessage } from "../../../src/i18n/editor-messages.ts";

export interface Frontmatter {
  /** The YAML data, as Astro reads it (bare dates become Dates at midnight UTC). */
  data: Record<string, unknown>;
  /** The file line of a field, e.g. `["image", "alt"]`, or undefined when it is not written. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Each frontmatter line with its line number in the file. */
  lines: { line: number; text: string }[];
}

export type FrontmatterResult =
  | { ok: true; frontmatter: Frontmatter; body: string; bodyStartLine: number }
  | { ok: false; line: number; message: EditorMessage; field?: string };

// The same delimiters Astro accepts (@astrojs/internal-helpers/frontmatter).
const FRONTMATTER = /^(\uFEFF?---[^\S\n]*\n)([\s\S]*?\n)?---[^\S\n]*(?:\n|$)/;

/**
 * `title: Adesioni: come fare`: YAML reads a second `: ` as a new field and stops with "bad
 * indentation of a mapping entry", which tells an editor nothing; the value needs quotes.
 */
const UNQUOTED_VALUE_WITH_COLON =
  /^\s*(?:-\s+)?([A-Za-z_][\w-]*):[ \t]+([^\s"'[{|>&*!#][^\n]*?:\s[^\n]*?)\s*$/;

/** The first YAML anchor (`&name`) or alias (`*name`) token, with its offset, if any. */
function firstAnchorOrAlias(yamlText: string): { token: string; offset: number } | undefined {
  // Every anchor and alias starts with one of these: without them, no need to lex (which took
  // a quarter of the check's time at 5,000 articles).
  if (!/[&*]/.test(yamlText)) return undefined;
  let offset = 0;
  for (const token of new Lexer().lex(yamlText)) {
    if (/^[&*][^\s]/.test(token)) return { token, offset };
    offset += token.length;
  }
  return undefined;
}

/** Splits a Markdown file into its frontmatter and body, keeping line numbers. */
export function readFrontmatter(source: string): FrontmatterResult {
  const text = source.replace(/\r\n?/g, "\n");
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { ok: false, line: 1, message: editorMessage("FrontmatterMissing") };
  }
  const yamlText = match[2] ?? "";
  const firstLine = 2;
  // Anchors and aliases let a few lines stand for millions of values: refused before reading.
  const alias = firstAnchorOrAlias(yamlText);
  if (alias) {
    return {
      ok: false,
      line: firstLine + yamlText.slice(0, alias.offset).split("\n").length - 1,
      message: editorMessage("YamlAliasNotAllowed", { token: alias.token }),
    };
  }
  // js-yaml, as Astro reads it: the same values, bare dates included.
  let data: unknown;
  try {
    data = jsYaml.load(yamlText) ?? {};
  } catch (error) {
    const { reason, mark } = error as InstanceType<typeof jsYaml.YAMLException>;
    const line = firstLine + (mark?.line ?? 0);
    const colon = UNQUOTED_VALUE_WITH_COLON.exec(yamlText.split("\n")[mark?.line ?? 0] ?? "");
    if (colon) {
      const [, field = "", value = ""] = colon;
      return {
        ok: false,
        line,
        field,
        message: editorMessage("ValueWithColonNotQuoted", { field, value }),
      };
    }
    return { ok: false, line, message: editorMessage("FrontmatterNotYaml", { reason }) };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, line: firstLine, message: editorMessage("FrontmatterNotFields") };
  }
  // Where each field is written is needed only for a finding: parsed on demand.
  let located: { document: Document; lineCounter: LineCounter } | undefined;
  const locate = () => {
    if (!located) {
      const lineCounter = new LineCounter();
      located = { document: parseDocument(yamlText, { lineCounter }), lineCounter };
    }
    return located;
  };
  const lineOf = (path: readonly PropertyKey[]) => {
    const { document, lineCounter } = locate();
    const lineAt = (offset: number | undefined) =>
      offset === undefined ? undefined : firstLine + lineCounter.linePos(offset).line - 1;
    let node: unknown = document.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown }).value === key);
        if (!pair) break;
        line = lineAt((pair.key as Node).range?.[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        line = lineAt(item.range?.[0]);
        node = item;
      } else break;
    }
    return line;
  };
  const lines = yamlText
    .split("\n")
    .slice(0, -1)
    .map((lineText, index) => ({ line: firstLine + index, text: lineText }));
  return {
    ok: true,
    frontmatter: { data: data as Record<string, unknown>, lineOf, lines },
    body: text.slice(match[0].length),
    bodyStartLine: match[0].split("\n").length - (match[0].endsWith("\n") ? 0 : 1),
  };
}
