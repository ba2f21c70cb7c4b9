import { loadContent } from "./load.ts";
import { createReporter, sortFindings, type Finding } from "./reporter.ts";
import type { CheckContext, Rule } from "./context.ts";
import { addresses } from "./rules/addresses.ts";
import { dateOffset } from "./rules/date-offset.ts";
import { drafts } from "./rules/drafts.ts";
import { eventEnd } from "./rules/event-end.ts";
import { eventPlace } from "./rules/event-place.ts";
import { fileNames } from "./rules/file-names.ts";
import { imageAlts } from "./rules/image-alts.ts";
import { links } from "./rules/links.ts";
import { mdxCode } from "./rules/mdx-code.ts";
import { mdxComponents } from "./rules/mdx-components.ts";
import { mdxImports } from "./rules/mdx-imports.ts";
import { newsYear } from "./rules/news-year.ts";
import { newsletterIssues } from "./rules/newsletter-issues.ts";
import { placeholders } from "./rules/placeholders.ts";
import { rawHtml } from "./rules/raw-html.ts";
import { schema } from "./rules/schema.ts";
import { selfLinks } from "./rules/self-links.ts";
import { svgImages } from "./rules/svg-images.ts";
import { tagSpellings } from "./rules/tag-spellings.ts";
import { translations } from "./rules/translations.ts";
import { unknownKeys } from "./rules/unknown-keys.ts";
import { updatedDate } from "./rules/updated-date.ts";

/**
 * The rules, in order. Those that explain a mistake precisely come before `schema`, which
 * leaves out its generic message for the same file, line and field.
 */
export const rules: readonly Rule[] = [
  fileNames,
  dateOffset,
  updatedDate,
  drafts,
  eventEnd,
  eventPlace,
  placeholders,
  translations,
  schema,
  newsYear,
  newsletterIssues,
  addresses,
  links,
  imageAlts,
  selfLinks,
  rawHtml,
  mdxImports,
  mdxCode,
  mdxComponents,
  svgImages,
  tagSpellings,
  unknownKeys,
];

export interface CheckResult {
  context: CheckContext;
  errors: Finding[];
  warnings: Finding[];
  /** What the build will do with correct files that the editor may not expect. */
  notes: Finding[];
}

/** Reads the content folder and runs every rule: every problem of every file, in one pass. */
export function runCheck(options: {
  projectRoot: string;
  contentRoot: string;
  shownRoot: string;
  now: Date;
}): CheckResult {
  const context = loadContent(
    options.projectRoot,
    options.contentRoot,
    options.shownRoot,
    options.now,
  );
  const report = createReporter();
  for (const rule of rules) rule(context, report);
  const findings = sortFindings(report.findings);
  return {
    context,
    errors: findings.filter((finding) => finding.severity === "error"),
    warnings: findings.filter((finding) => finding.severity === "warning"),
    notes: findings.filter((finding) => finding.severity === "note"),
  };
}
