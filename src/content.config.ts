import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { committeeSchema } from "./schemas/committee.ts";
import { districtSchema } from "./schemas/district.ts";
import type { SchemaHelpers } from "./schemas/helpers.ts";
import { memberSchema } from "./schemas/members.ts";
import { newsSchema } from "./schemas/news.ts";
import { pageSchema } from "./schemas/pages.ts";

// Tests and the benchmark build other content folders through the same code.
const contentRoot = process.env["CONTENT_DIR"] ?? "./content";

/** Every file is an entry: a file Astro would skip is refused by the content check. */
const markdownIn = (folder: string) =>
  glob({
    pattern: "**/*.{md,mdx}",
    base: `${contentRoot}/${folder}`,
    // The id is the file's path without extension, exactly as the content model promises.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ""),
    // The store would keep every Markdown source beside its HTML; Astro bundles the store into
    // the build, and at 5,000 articles the sources alone pushed its memory above 2 GB.
    retainBody: false,
  });

const memberReference = reference as SchemaHelpers["reference"];

export const collections = {
  news: defineCollection({
    loader: markdownIn("news"),
    schema: ({ image }) => newsSchema({ image, reference: memberReference }),
  }),
  members: defineCollection({ loader: markdownIn("members"), schema: memberSchema }),
  committee: defineCollection({
    loader: markdownIn("committee"),
    schema: committeeSchema({ reference: memberReference }),
  }),
  district: defineCollection({ loader: markdownIn("district"), schema: districtSchema() }),
  pages: defineCollection({ loader: markdownIn("pages"), schema: pageSchema() }),
};
