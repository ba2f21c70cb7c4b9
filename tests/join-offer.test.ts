/**
 * The three join offers, each on a site the global setup builds: the fixture has the form, the
 * extended site only the secretariat's e-mail, the real site's test build neither.
 */
import { describe, expect, it } from "vitest";
import { t } from "../src/i18n/it";
import { mailtoWithSubject } from "../src/lib/members/join-offer";
import { routes } from "../src/routes";
import {
  extendedDist,
  extendedEnvironment,
  fixtureDist,
  fixtureEnvironment,
} from "./support/build-site";
import { readPage, readPages } from "./support/dist";
import { extension } from "./support/extended-content";
import { builtSites } from "./support/sites";

const EMAIL = extendedEnvironment.PUBLIC_CONTACT_EMAIL;
const GROUP = { id: "elettrificazione", title: "Elettrificazione (prova)" };

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

describe("the join page says what it offers", () => {
  it("with a join endpoint: the form, and the contacts beside it", () => {
    const form = main(fixtureDist, routes.join()).querySelector("form");
    expect(form?.getAttribute("action")).toBe(fixtureEnvironment.PUBLIC_JOIN_ENDPOINT);
    expect(textOf(fixtureDist, routes.join())).toContain(t.joinFormIntro);
  });

  it("with only the secretariat's e-mail: no form, and writing to the secretariat", () => {
    const outDir = extendedDist;
    expect(main(outDir, routes.join()).querySelector("form")).toBeNull();
    const text = textOf(outDir, routes.join());
    expect(text).toContain(`${t.contactUs} ${EMAIL}`);
    expect(text).not.toContain(t.joinFormTitle);
    expect(linksIn(outDir, routes.join(), "#contatti ~ p")).toContain(`mailto:${EMAIL}`);
  });
  // With neither: tests/empty-content.test.ts, whose new site has no endpoint and no e-mail (the
  // real site cannot show it: the deploy gives it its settings).
});

// The call's words for each offer are unit-tested with groupCall (src/lib/members/join-offer.test.ts);
// these prove the group page renders them. The real site has no group to show the third case.
describe("a working group's call to take part names the group and the way to ask", () => {
  it("with a join endpoint: the join form with the group chosen", () => {
    const url = routes.group(GROUP.id);
    expect(linksIn(fixtureDist, url, "#partecipa ~ p")).toEqual([routes.join({ group: GROUP.id })]);
  });

  it("with only the e-mail: a message to the secretariat about the group", () => {
    const { id, title } = extension.group;
    const url = routes.group(id);
    expect(linksIn(extendedDist, url, "#partecipa ~ p")).toEqual([
      mailtoWithSubject(EMAIL, t.groupJoinSubject(title)),
    ]);
    expect(textOf(extendedDist, url)).toContain(t.groupJoinByEmail(title, EMAIL));
  });
});

/** Words that send the reader to a form on the page itself. */
const FORM_PROMISES = [/in fondo a questa pagina/i, /compila il modulo/i];

// The three sites hold the three offers between them.
describe.each(builtSites.map((site) => [site.name, site.dist] as const))("on %s", (_name, dist) => {
  it("no page promises a form that it does not have", () => {
    const promising = readPages(dist).filter(({ document }) => {
      const content = document.querySelector("main");
      const text = content?.textContent ?? "";
      return FORM_PROMISES.some((words) => words.test(text)) && !content?.querySelector("form");
    });
    expect(promising.map((page) => page.url)).toEqual([]);
  });
});
