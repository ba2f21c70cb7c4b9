/**
 * The browser editor's configuration against the schemas it is generated from, against the JSON
 * schema that the CMS package ships, and as the build writes it into /admin/.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import type { EntryCollection, Field } from "@sveltia/cms";
import { describe, expect, it } from "vitest";
import { cmsConfig } from "../scripts/build/cms/config.ts";
import { adminContentSecurityPolicy } from "../scripts/build/cms/admin.ts";
import { collectionFields, flattenFields } from "../scripts/build/schema-fields.ts";
import { COLLECTION_NAMES, registry } from "../src/collections.ts";
import { readDeploySettings } from "../src/lib/site/deploy-settings.ts";
import { routes } from "../src/routes.ts";
import { MEMBER_TYPES, PROVINCES } from "../src/schemas/members.ts";
import {
  extendedDist,
  fixtureDist,
  fixtureEnvironment,
  testEnvironment,
} from "./support/build-site";
import { readPages } from "./support/dist";
import { readHeadersFile } from "../scripts/build/headers-file.ts";

const deploySettings = readDeploySettings({ ...testEnvironment, ...fixtureEnvironment });
const settings = deploySettings.cms;
if (!settings) throw new Error("The fixture environment configures browser editing.");
const config = cmsConfig(settings, deploySettings.url);
const collections = (config.collections ?? []) as EntryCollection[];
const collection = (name: string) => collections.find((entry) => entry.name === name);

/** Every field of a CMS collection by dotted path, nested ones included. */
function cmsFieldsByPath(fields: readonly Field[], prefix = ""): Map<string, Field> {
  const found = new Map<string, Field>();
  for (const field of fields) {
    const key = `${prefix}${field.name}`;
    found.set(key, field);
    const nested = (field as { fields?: Field[] }).fields;
    if (nested)
      for (const [path, inner] of cmsFieldsByPath(nested, `${key}.`)) found.set(path, inner);
  }
  return found;
}

const packageRoot = path.resolve(
  path.dirname(createRequire(import.meta.url).resolve("@sveltia/cms")),
  "..",
);
const jsonSchema = JSON.parse(
  readFileSync(path.join(packageRoot, "schema/sveltia-cms.json"), "utf8"),
) as object;
const ajv = new Ajv({
  allErrors: true,
  strict: false,
  formats: {
    regex: (value: string) => {
      try {
        new RegExp(value);
        return true;
      } catch {
        return false;
      }
    },
    uri: (value: string) => URL.canParse(value),
  },
});
const validate = ajv.compile(jsonSchema);

describe("the browser editor's configuration", () => {
  it("has one collection per registered collection, in its folder under content/, with its label", () => {
    expect(collections.map(({ name, label, folder }) => ({ name, label, folder }))).toEqual(
      COLLECTION_NAMES.map((name) => ({
        name,
        label: registry[name].label,
        folder: `content/${registry[name].folder}`,
      })),
    );
  });

  it("lists the English versions as such, each pointing at its Italian original", () => {
    expect(collection("enDistrict")).toMatchObject({
      label: "Distretto (versione inglese)",
      folder: "content/en/district",
      path: "{{slug}}",
      identifier_field: "title",
      description: expect.stringContaining("Le versioni inglesi delle voci di «Distretto»"),
    });
    expect(
      cmsFieldsByPath(collection("enDistrict")?.fields ?? []).get("translationOf"),
    ).toMatchObject({
      widget: "relation",
      collection: "district",
      value_field: "{{slug}}",
      required: true,
    });
    // An organisation keeps its Italian file name in English: the original names the new file.
    expect(collection("enMembers")).toMatchObject({ identifier_field: "translationOf" });
    expect(collection("enCommittee")).toMatchObject({ identifier_field: "translationOf" });
    // Nothing but the text: the original's other fields are not offered.
    expect([...cmsFieldsByPath(collection("enMembers")?.fields ?? []).keys()]).toEqual([
      "translationOf",
      "body",
    ]);
  });

  it("edits English articles but leaves creating them to npm run new, which knows the original's year", () => {
    expect(collection("enNews")).toMatchObject({
      create: false,
      description: expect.stringContaining("npm run new -- en news"),
    });
    expect(collection("enDistrict")?.create).toBeUndefined();
    expect(cmsFieldsByPath(collection("enNews")?.fields ?? []).get("translationOf")).toMatchObject({
      widget: "string",
      required: true,
    });
  });

  it.each(COLLECTION_NAMES)(
    "gives every field of %s its label, help text and required flag from the schema",
    (name) => {
      const schemaFields = flattenFields(collectionFields(name));
      const cms = cmsFieldsByPath(collection(name)?.fields ?? []);
      expect([...cms.keys()].filter((key) => key !== "body")).toEqual(
        schemaFields.map((field) => field.path),
      );
      for (const field of schemaFields) {
        const cmsField = cms.get(field.path);
        expect(cmsField, field.path).toMatchObject({
          label: field.label,
          hint: field.hint,
          required: field.required,
        });
        // Every label is Italian words, never the English key.
        expect(field.label, field.path).not.toBe(field.key);
      }
    },
  );

  it("offers the member types and the six provinces as the only choices", () => {
    const members = cmsFieldsByPath(collection("members")?.fields ?? []);
    const values = (key: string) =>
      (members.get(key) as { options: { value: string }[] }).options.map((option) => option.value);
    expect(members.get("type")).toMatchObject({ widget: "select", required: true });
    expect(values("type")).toEqual([...MEMBER_TYPES]);
    expect(values("province")).toEqual([...PROVINCES]);
    expect(members.get("type")).toMatchObject({
      options: expect.arrayContaining([{ label: "Università", value: "universita" }]),
    });
  });

  it("links an article's members and a committee seat's member to content/members by file name", () => {
    const relation = {
      widget: "relation",
      collection: "members",
      value_field: "{{slug}}",
      display_fields: ["name"],
    };
    expect(cmsFieldsByPath(collection("news")?.fields ?? []).get("members")).toMatchObject({
      ...relation,
      multiple: true,
      required: false,
    });
    expect(cmsFieldsByPath(collection("committee")?.fields ?? []).get("member")).toMatchObject({
      ...relation,
      required: true,
    });
  });

  it("stores images next to the entry, uploaded only, with a required description", () => {
    const news = collection("news");
    expect(news).toMatchObject({ media_folder: "", public_folder: "./{{slug}}" });
    const fields = cmsFieldsByPath(news?.fields ?? []);
    expect(fields.get("image")).toMatchObject({ widget: "object", required: false });
    expect(fields.get("image.src")).toMatchObject({
      widget: "image",
      choose_url: false,
      required: true,
    });
    expect(fields.get("image.alt")).toMatchObject({ widget: "string", required: true });
  });

  it("writes calendar days as days and date-times with Rome's offset", () => {
    const news = cmsFieldsByPath(collection("news")?.fields ?? []);
    expect(news.get("pubDate")).toMatchObject({
      widget: "datetime",
      input_timezone: "Europe/Rome",
      format: "YYYY-MM-DDTHH:mm:ssZ",
    });
    const members = cmsFieldsByPath(collection("members")?.fields ?? []);
    expect(members.get("joined")).toMatchObject({
      widget: "datetime",
      type: "date",
      format: "YYYY-MM-DD",
    });
  });

  it("names a new article's file after its title, in the folder of its year in Rome", () => {
    expect(collection("news")).toMatchObject({
      path: "{{fields.pubDate | date('YYYY', 'Europe/Rome')}}/{{slug}}",
      identifier_field: "title",
    });
    expect(collection("members")).toMatchObject({ path: "{{slug}}", identifier_field: "name" });
    expect(collection("committee")).toMatchObject({ identifier_field: "member" });
    expect(config.slug).toMatchObject({ encoding: "ascii", clean_accents: true, lowercase: true });
  });

  it("keeps a draft toggle where the collection has drafts, and nowhere else", () => {
    for (const name of COLLECTION_NAMES) {
      const draft = cmsFieldsByPath(collection(name)?.fields ?? []).get("draft");
      if (registry[name].drafts) expect(draft, name).toMatchObject({ widget: "boolean" });
      else expect(draft, name).toBeUndefined();
    }
  });

  it("goes through review as pull requests on GitHub, signing in through the authenticator", () => {
    expect(config.publish_mode).toBe("editorial_workflow");
    expect(config.backend).toMatchObject({
      name: "github",
      repo: fixtureEnvironment.CMS_GITHUB_REPO,
      branch: fixtureEnvironment.CMS_GITHUB_BRANCH,
      base_url: fixtureEnvironment.CMS_AUTH_URL,
    });
  });

  it("is valid against the JSON schema the CMS package ships", () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("would be refused by that JSON schema with a misspelt option, so the check can fail", () => {
    const [first] = collections;
    expect(validate({ ...config, collections: [{ ...first, foldr: "content/news" }] })).toBe(false);
  });
});

describe("/admin/ in the built sites", () => {
  it("holds the generated configuration where browser editing is configured", () => {
    const written = parse(
      readFileSync(path.join(fixtureDist, routes.admin(), "config.yml"), "utf8"),
    ) as unknown;
    expect(written).toEqual(JSON.parse(JSON.stringify(config)));
  });

  it("says plainly that browser editing is not configured where the settings are empty", () => {
    // The extended site is always built with the tests' empty settings; the real one, in the
    // deploy's job, with the deploy's.
    const html = readFileSync(path.join(extendedDist, routes.admin(), "index.html"), "utf8");
    expect(html).toContain("La modifica dal browser non è ancora configurata");
    expect(html).toContain("CMS_GITHUB_REPO");
    expect(html).not.toContain("<script");
  });

  it("has its own policy in _headers: GitHub and the authenticator, nothing else from outside", () => {
    const rule = readHeadersFile(fixtureDist).find(
      (candidate) => candidate.pattern === `${routes.admin()}*`,
    );
    const policy = rule?.headers.find(([name]) => name === "Content-Security-Policy")?.[1];
    expect(policy).toBe(adminContentSecurityPolicy(settings));
    const origins = (policy ?? "").match(/https?:\/\/[^\s;]+/g);
    expect(origins?.sort()).toEqual(
      [
        "https://api.github.com",
        "https://www.githubstatus.com",
        "https://avatars.githubusercontent.com",
        fixtureEnvironment.CMS_AUTH_URL,
      ].sort(),
    );
  });

  it("is kept out of robots, the sitemap and the search index", () => {
    expect(readFileSync(path.join(fixtureDist, "robots.txt"), "utf8")).toContain(
      `Disallow: ${routes.admin()}`,
    );
    const sitemap = readFileSync(path.join(fixtureDist, "sitemap-0.xml"), "utf8");
    expect(sitemap).not.toContain(routes.admin());
    const html = readFileSync(path.join(fixtureDist, routes.admin(), "index.html"), "utf8");
    expect(html).not.toContain("data-pagefind-body");
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});

describe("the public pages", () => {
  it("never load the browser editor's bundle nor link to it", () => {
    const leaks = readPages(fixtureDist)
      .filter((page) => page.html.includes(routes.admin()))
      .map((page) => page.url);
    expect(leaks).toEqual([]);
  });
});
