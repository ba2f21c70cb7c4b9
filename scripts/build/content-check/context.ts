import type { z } from "astro/zod";
import type { PublicationStatus } from "../../../src/lib/data/publishing.ts";
import type { CollectionName } from "../../../src/collections.ts";
import type { EditorMessage } from "../../../src/i18n/editor-messages.ts";
import type { Frontmatter } from "./frontmatter.ts";
import type { Reporter } from "./reporter.ts";

/** A Markdown or MDX file of a collection, read and validated once for every rule. */
export interface Entry {
  collection: CollectionName;
  /** Path from the content folder, e.g. `news/2026/nasce-il-distretto.md`. */
  file: string;
  /** Path as the editor sees it, e.g. `content/news/2026/nasce-il-distretto.md`. */
  shownFile: string;
  absolutePath: string;
  /** The id Astro gives it: its path in the collection folder without extension. */
  id: string;
  extension: ".md" | ".mdx";
  /** Undefined when the frontmatter could not be read (the schema rule reports why). */
  frontmatter: Frontmatter | undefined;
  /** Why the frontmatter could not be read, and the field when the mistake is in one. */
  frontmatterError:
    { line: number; message: EditorMessage; field?: string | undefined } | undefined;
  body: string;
  bodyStartLine: number;
  /** The schema's output, when the frontmatter is valid. */
  data: Record<string, unknown> | undefined;
  issues: readonly z.core.$ZodIssue[];
  /**
   * For valid entries: published, draft or scheduled by the site's one publishing rule; an
   * English version takes its original's, since it is published with it.
   */
  status: PublicationStatus | undefined;
  /** For an English version, the Italian entry its `translationOf` names, when that exists. */
  original?: Entry | undefined;
}

/** Any other file under the content folder. */
export interface OtherFile {
  file: string;
  shownFile: string;
  absolutePath: string;
}

export interface CheckContext {
  /** The project: its public/ folder and src/components/mdx/ are part of the site. */
  projectRoot: string;
  contentRoot: string;
  /** How the content folder is shown in messages (as given on the command line). */
  shownRoot: string;
  entries: readonly Entry[];
  otherFiles: readonly OtherFile[];
  now: Date;
}

/** One check: reads the context, reports to the shared reporter. */
export type Rule = (context: CheckContext, report: Reporter) => void;
