import { readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { t } from "../src/i18n/it";
import { routes } from "../src/routes";
import { readPage } from "./support/dist";
import { buildFixtureVariant, variantDist } from "./support/fixture-variant";

/** The fixture's member with a joining date, without it. */
const memberWithoutDate = `---
name: "Officina Alfa Test"
type: impresa
province: BS
---

Un membro di prova senza data di adesione.
`;

/** A site that has just started: what a new site's sections say. */
describe("a site with no published news, events, working groups or newsletter, and no member with a joining date", () => {
  const outDir = variantDist("appena-nato");
  let status: number | null = null;
  let output = "";
  beforeAll(async () => {
    ({ status, output } = await buildFixtureVariant(
      "appena-nato",
      {
        news: null,
        events: null,
        groups: null,
        newsletter: null,
        // Their English versions go with them: a translation without its original is refused.
        "en/news": null,
        "en/events": null,
        "en/groups": null,
        "members/officina-alfa.md": memberWithoutDate,
      },
      // Nor, yet, a join form or the secretariat's e-mail.
      { PUBLIC_JOIN_ENDPOINT: "", PUBLIC_CONTACT_EMAIL: "" },
    ));
  });
  const main = (url: string) => readPage(outDir, url).document.querySelector("main")?.textContent;

  it("builds", () => {
    expect(status, output).toBe(0);
  });

  it("builds without a warning an editor could take for a mistake, in English or otherwise", () => {
    // Astro's "The base directory … does not exist" and "The collection … does not exist or is
    // empty" for the missing folders, Rolldown's about the MDX pages' marker.
    expect(output).not.toMatch(/\[WARN\]|warn|does not exist|is empty/i);
  });

  it("says so on the news page, with no pager", () => {
    const news = readPage(outDir, "/notizie/");
    expect(news.document.querySelector("main")?.textContent).toContain(t.noNews);
    expect(news.document.querySelector(`nav[aria-label="${t.pagination}"]`)).toBeNull();
  });

  it("says that the first issue of the newsletter is being prepared, and publishes an empty feed", () => {
    expect(main("/notiziario/")).toContain(t.newsletter.pending);
    const feed = readFileSync(path.join(outDir, "notiziario/rss.xml"), "utf8");
    expect(feed).toContain("<channel>");
    expect(feed).not.toContain("<item>");
  });

  it("shows no latest members on the home page", () => {
    const home = readPage(outDir, "/");
    const headings = home.document.querySelectorAll("#cifre ~ div h3").map((h) => h.textContent);
    expect(headings).toContain(t.membersByType);
    expect(headings).not.toContain(t.latestJoined);
  });

  it("still publishes a valid feed, empty", () => {
    const feed = readFileSync(path.join(outDir, "rss.xml"), "utf8");
    expect(feed).toContain("<language>it-IT</language>");
    expect(feed).not.toContain("<item>");
  });

  it("says plainly that the programme of events and the working groups are being defined", () => {
    expect(main("/eventi/")).toContain(t.eventsPending);
    expect(main("/")).toContain(t.eventsPending);
    expect(main("/gruppi/")).toContain(t.groupsPending);
  });

  it("still publishes a calendar to subscribe to, valid and empty", () => {
    const text = readFileSync(path.join(outDir, "eventi.ics"), "utf8");
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getAllSubcomponents("vevent")).toEqual([]);
  });

  it("says on the join page, with no form and no address, that the way to apply is being set up", () => {
    const join = readPage(outDir, routes.join()).document.querySelector("main");
    expect(join?.querySelector("form")).toBeNull();
    const contacts = join?.querySelector('[aria-labelledby="contatti"]');
    expect(contacts?.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(contacts?.textContent).toContain(t.joinPending);
  });
});
