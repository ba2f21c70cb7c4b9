import { describe, expect, it } from "vitest";
import { t } from "../src/i18n/it";
import { mailtoWithSubject } from "../src/lib/members/join-offer";
import { routes } from "../src/routes";
import { fixtureDist, fixtureEnvironment } from "./support/build-site";
import { readPage, readPages } from "./support/dist";
import { buildFixtureVariant } from "./support/fixture-variant";
import { builtSites } from "./support/sites";

const EMAIL = fixtureEnvironment.PUBLIC_CONTACT_EMAIL;
const GROUP = { id: "elettrificazione", title: "Elettrificazione (prova)" };

/** The fixture site with each combination of the join settings: form, e-mail only, neither. */
const emailOnly = buildFixtureVariant("adesione-email", {}, { PUBLIC_JOIN_ENDPOINT: "" });
const neither = buildFixtureVariant(
  "adesione-nessuna",
  {},
  { PUBLIC_JOIN_ENDPOINT: "", PUBLIC_CONTACT_EMAIL: "" },
);

const main = (dist: string, url: string) => {
  const element = readPage(dist, url).document.querySelector("main");
  if (!element) throw new Error(`${url} has no main element`);
  return element;
};
const textOf = (dist: string, url: string) => main(dist, url).textContent.replace(/\s+/g, " ");
const linksIn = (dist: string, url: string, selector: string) =>
  main(dist, url)
    .querySelectorAll(`${selector} a`)
    .map((link) => link.getAttribute("href"));

describe("the variants", () => {
  it.each([emailOnly, neither])("build", ({ status, output }) => {
    expect(status, output).toBe(0);
  });
});

describe("the join page says what it offers", () => {
  it("with a join endpoint: the form, and the contacts beside it", () => {
    const form = main(fixtureDist, routes.join()).querySelector("form");
    expect(form?.getAttribute("action")).toBe(fixtureEnvironment.PUBLIC_JOIN_ENDPOINT);
    expect(textOf(fixtureDist, routes.join())).toContain(t.joinFormIntro);
  });

  it("with only the secretariat's e-mail: no form, and writing to the secretariat", () => {
    const { outDir } = emailOnly;
    expect(main(outDir, routes.join()).querySelector("form")).toBeNull();
    const text = textOf(outDir, routes.join());
    expect(text).toContain(`${t.contactUs} ${EMAIL}`);
    expect(text).not.toContain(t.joinFormTitle);
    expect(linksIn(outDir, routes.join(), "#contatti ~ p")).toContain(`mailto:${EMAIL}`);
  });

  it("with neither: no form, no address, and that the way to apply is being set up", () => {
    const { outDir } = neither;
    expect(main(outDir, routes.join()).querySelector("form")).toBeNull();
    expect(main(outDir, routes.join()).querySelector('a[href^="mailto:"]')).toBeNull();
    expect(textOf(outDir, routes.join())).toContain(t.joinPending);
  });
});

describe("a working group's call to take part names the group and the way to ask", () => {
  const url = routes.group(GROUP.id);

  it("with a join endpoint: the join form with the group chosen", () => {
    expect(linksIn(fixtureDist, url, "#partecipa ~ p")).toEqual([routes.join({ group: GROUP.id })]);
  });

  it("with only the e-mail: a message to the secretariat about the group", () => {
    const { outDir } = emailOnly;
    expect(linksIn(outDir, url, "#partecipa ~ p")).toEqual([
      mailtoWithSubject(EMAIL, t.groupJoinSubject(GROUP.title)),
    ]);
    expect(textOf(outDir, url)).toContain(t.groupJoinByEmail(GROUP.title, EMAIL));
  });

  it("with neither: the group, that the contacts are being set up, and the join page", () => {
    const { outDir } = neither;
    expect(linksIn(outDir, url, "#partecipa ~ p")).toEqual([routes.join()]);
    expect(textOf(outDir, url)).toContain(t.groupJoinPending(GROUP.title));
  });
});

/** Words that send the reader to a form on the page itself. */
const FORM_PROMISES = [/in fondo a questa pagina/i, /compila il modulo/i];

describe.each([
  ...builtSites.map((site) => [site.name, site.dist] as const),
  ["the fixture site with only the e-mail", emailOnly.outDir] as const,
  ["the fixture site with neither", neither.outDir] as const,
])("on %s", (_name, dist) => {
  it("no page promises a form that it does not have", () => {
    const promising = readPages(dist).filter(({ document }) => {
      const content = document.querySelector("main");
      const text = content?.textContent ?? "";
      return FORM_PROMISES.some((words) => words.test(text)) && !content?.querySelector("form");
    });
    expect(promising.map((page) => page.url)).toEqual([]);
  });
});
