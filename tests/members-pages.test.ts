import { describe, expect, it } from "vitest";
import { t } from "../src/i18n/it.ts";
import { textOf } from "../src/i18n/text.ts";
import { formatItalianDate, toIsoDay } from "../src/lib/text/dates.ts";
import { compareItalian, sortByOrderThenLabel } from "../src/lib/data/sorting.ts";
import { routes } from "../src/routes.ts";
import { PROVINCES, type Province } from "../src/schemas/members.ts";
import { fixtureDist } from "./support/build-site";
import { readContent } from "./support/content";
import { readPage, readPages, resolveInDist } from "./support/dist";
import { extendedSite, siteRows } from "./support/sites";

const texts = (dist: string, url: string, selector: string) =>
  readPage(dist, url)
    .document.querySelectorAll(selector)
    .map((element) => element.textContent.replace(/\s+/g, " ").trim());
const cardNames = (url: string) => texts(fixtureDist, url, "[data-member-list] h2");
/** The home page's "latest joined" list as the reader sees it, or undefined if there is none. */
const latestJoined = (dist: string) => {
  const block = readPage(dist, routes.home())
    .document.querySelectorAll("#cifre ~ div")
    .find((div) => div.querySelector("h3")?.textContent.trim() === t.latestJoined);
  return block?.querySelectorAll("li").map((item) => ({
    text: item.textContent.replace(/\s+/g, " ").trim(),
    href: item.querySelector("a")?.getAttribute("href"),
    day: item.querySelector("time")?.getAttribute("datetime"),
  }));
};

describe("the members' lists", () => {
  it("list exactly the members of a type, a province or a sector", () => {
    expect(cardNames("/membri/tipo/impresa/")).toEqual(["Officina Alfa Test"]);
    expect(cardNames("/membri/tipo/universita/")).toEqual(["Ateneo Beta Test"]);
    expect(cardNames("/membri/provincia/BS/")).toEqual(["Officina Alfa Test"]);
    expect(cardNames("/membri/provincia/MI/")).toEqual(["Ateneo Beta Test"]);
    expect(cardNames("/membri/settore/veicoli-elettrici/")).toEqual(["Officina Alfa Test"]);
  });

  it("build no page for a type or province without members", () => {
    const urls = readPages(fixtureDist).map((page) => page.url);
    expect(urls).not.toContain("/membri/tipo/associazione/");
    expect(urls).not.toContain("/membri/provincia/CR/");
  });

  it("count members by type and province as the content says", () => {
    const counts = texts(fixtureDist, "/membri/", `nav[aria-label="${t.membersFilterTitle}"] li`);
    expect(counts).toEqual(
      expect.arrayContaining([
        "Impresa (1)",
        "Università (1)",
        "Consorzio di imprese (1)",
        "Associazione di categoria (0)",
        "Brescia (1)",
        "Milano (1)",
        "Cremona (0)",
        "componentistica (1)",
      ]),
    );
    expect(texts(fixtureDist, "/membri/", "main > p")[1]).toBe(t.membersCount(3));
  });

  it("mark the founders, and only them", () => {
    const founders = readPage(fixtureDist, "/membri/")
      .document.querySelectorAll("[data-member-list] li")
      .filter((card) => card.textContent.includes(t.founder))
      .map((card) => card.querySelector("h2")?.textContent.trim());
    expect(founders).toEqual(["Officina Alfa Test"]);
  });
});

describe.each(siteRows())("%s, whatever its content", (_name, site) => {
  const content = readContent(site.content);
  const nameOf = new Map(content.members.map((member) => [member.id, member.data.name]));

  it("gives every member its page and lists them all on /membri/ by name, founders marked", () => {
    for (const member of content.members) {
      expect(texts(site.dist, routes.member(member.id), "h1")).toEqual([member.data.name]);
    }
    const cards = readPage(site.dist, routes.members()).document.querySelectorAll(
      "[data-member-list] li",
    );
    const listed = cards.map((card) => ({
      name: card.querySelector("h2")?.textContent.trim(),
      founder: card.textContent.includes(t.founder),
    }));
    const expected = content.members
      .map((member) => ({ name: member.data.name, founder: member.data.founder }))
      .sort((a, b) => compareItalian(a.name, b.name));
    expect(listed).toEqual(expected);
  });

  it("shows every committee seat on /comitato/ by order, then name, each linking to its member", () => {
    for (const seat of content.committee) expect(nameOf.has(seat.data.member.id)).toBe(true);
    const seats = sortByOrderThenLabel(
      content.committee,
      (seat) => seat.data.order,
      (seat) => nameOf.get(seat.data.member.id) ?? "",
    );
    const page = readPage(site.dist, routes.committee()).document;
    const shown = page.querySelectorAll("main ol > li").map((item) => ({
      name: item.querySelector("h2")?.textContent.trim(),
      links: item.querySelectorAll("a").map((link) => link.getAttribute("href")),
    }));
    expect(shown.map((seat) => seat.name)).toEqual(
      seats.map((seat) => nameOf.get(seat.data.member.id)),
    );
    seats.forEach((seat, index) => {
      expect(shown[index]?.links).toContain(routes.member(seat.data.member.id));
    });
  });

  it("counts each province's members in every territory table and maps those with members", () => {
    const count = (province: Province) =>
      content.members.filter((member) => member.data.province === province).length;
    for (const page of readPages(site.dist).filter((candidate) =>
      candidate.document.querySelector("svg[data-province-map]"),
    )) {
      const rows = page.document
        .querySelectorAll("main table tbody tr")
        .map((row) => row.textContent.replace(/\s+/g, " ").trim());
      const withoutProvince = content.members.filter((member) => !member.data.province).length;
      // In the page's language: /en/district/territory/ names the provinces in English.
      const words = textOf(new URL(page.url, "https://distretto.example"));
      expect(rows, page.url).toEqual([
        ...PROVINCES.map((province) => `${words.provinceNames[province]}${count(province)}`),
        ...(withoutProvince > 0 ? [`${words.t.provinceNotGiven}${withoutProvince}`] : []),
      ]);
      const mapLinks = page.document
        .querySelectorAll("svg[data-province-map] a")
        .map((link) => link.getAttribute("href"));
      expect(mapLinks, page.url).toEqual(
        PROVINCES.filter((province) => count(province) > 0).map((province) =>
          routes.memberFilter("provincia", province),
        ),
      );
    }
  });

  it("counts the content's members and the provinces they come from among the home page's key figures", () => {
    const [members, provinces] = texts(site.dist, routes.home(), "#cifre ~ dl dd");
    expect(members).toBe(String(content.members.length));
    const represented = new Set(content.members.map((member) => member.data.province));
    represented.delete(undefined);
    expect(provinces).toBe(String(represented.size));
  });

  it("shows the latest members on the home page exactly when one has a joining date, newest first", () => {
    const headings = texts(site.dist, routes.home(), "#cifre ~ div h3");
    const joined = content.members
      .flatMap((member) => (member.data.joined ? [{ ...member, joined: member.data.joined }] : []))
      .sort((a, b) => b.joined.getTime() - a.joined.getTime())
      .slice(0, 3);
    expect(headings.includes(t.latestJoined)).toBe(joined.length > 0);
    if (joined.length === 0) return;
    expect(latestJoined(site.dist)).toEqual(
      joined.map((member) => ({
        text: `${member.data.name}, ${formatItalianDate(member.joined)}`,
        href: routes.member(member.id),
        day: toIsoDay(member.joined),
      })),
    );
  });
});

// Not the real site: the deploy's job builds it with the deploy's settings (tests/support/sites.ts).
describe.each(siteRows([extendedSite]))("%s, built without form endpoints", (_name, site) => {
  it("renders no form, and says how to follow the district instead", () => {
    for (const page of readPages(site.dist)) {
      expect(page.document.querySelector('form[method="post"]'), page.url).toBeNull();
    }
    // The extended site has the secretariat's e-mail.
    const email = site.env["PUBLIC_CONTACT_EMAIL"];
    const home = readPage(site.dist, routes.home()).document;
    expect(home.querySelector("#aggiornamenti ~ p")?.textContent.replace(/\s+/g, " ")).toContain(
      email ? `${t.subscribeFallback} ${email}` : t.subscribePending,
    );
  });
});

describe("the district's pages", () => {
  it("show the territory's six provinces with the number of members in each, and the members without one", () => {
    const rows = texts(fixtureDist, "/distretto/territorio/", "main table tbody tr");
    expect(rows).toEqual([
      "Milano1",
      "Bergamo0",
      "Brescia1",
      "Cremona0",
      "Lecco0",
      "Mantova0",
      `${t.provinceNotGiven}1`,
    ]);
    const mapLinks = readPage(fixtureDist, "/distretto/territorio/")
      .document.querySelectorAll("svg[data-province-map] a")
      .map((link) => link.getAttribute("href"));
    expect(mapLinks).toEqual(["/membri/provincia/MI/", "/membri/provincia/BS/"]);
  });

  it("offer a table of contents on long pages, and previous and next pages", () => {
    const page = readPage(fixtureDist, "/distretto/territorio/").document;
    expect(
      page
        .querySelectorAll('nav[aria-labelledby="in-questa-pagina"] a')
        .map((a) => a.getAttribute("href")),
    ).toEqual([
      "#le-province",
      "#le-imprese",
      "#in-lombardia-orientale",
      "#un-membro",
      "#una-figura",
    ]);
    const sequence = page
      .querySelectorAll(`nav[aria-label="${t.districtPagesSequence}"] a`)
      .map((a) => [a.getAttribute("rel"), a.getAttribute("href")]);
    expect(sequence).toEqual([["prev", "/aderisci/"]]);
  });

  it("render the editors' components: lists, cards, figures and notes", () => {
    const page = readPage(fixtureDist, "/distretto/territorio/").document;
    const lists = page.querySelectorAll("main article ul:not(nav ul)");
    expect(lists.map((list) => list.textContent.trim())).toEqual(
      expect.arrayContaining(["Officina Alfa Test"]),
    );
    expect(page.querySelectorAll("main figure figcaption").at(-1)?.textContent).toBe(
      "Didascalia di prova sotto l'immagine",
    );
    expect(page.querySelector("main article [role=note]")?.textContent).toContain(
      "Una nota di prova.",
    );
    expect(page.querySelector('main a[href="/membri/ateneo-beta/"]')).not.toBeNull();
  });
});

describe("the members' cards", () => {
  it("show a member's logo beside its name, as decoration, wherever they list it", () => {
    // Consorzio Gamma Test has a logo; the fixture's other members have none.
    const logoCard = routes.member("consorzio-gamma");
    for (const url of [routes.members(), routes.memberFilter("tipo", "consorzio"), routes.home()]) {
      const cards = readPage(fixtureDist, url).document.querySelectorAll("main article");
      const withLogo = cards.filter((card) => card.querySelector(`a[href="${logoCard}"]`));
      expect(withLogo, url).toHaveLength(1);
      const logo = withLogo[0]?.querySelector("img");
      // The name is right beside it: a text alternative would only say it again.
      expect(logo?.getAttribute("alt"), url).toBe("");
      expect(resolveInDist(fixtureDist, logo?.getAttribute("src") ?? ""), url).toBeTruthy();
      const others = cards.filter(
        (card) => card.querySelector('a[href^="/membri/"]') && card !== withLogo[0],
      );
      expect(
        others.map((card) => card.querySelector("img")),
        url,
      ).toEqual(others.map(() => null));
    }
  });
});

describe("the home page's key figures", () => {
  it("count the members and the provinces they come from, saying how many have none", () => {
    // Consorzio Gamma Test has no province: two provinces for three members.
    const figures = readPage(fixtureDist, "/").document.querySelectorAll("#cifre ~ dl > div");
    expect(
      figures.map((figure) => [
        figure.querySelector("dt")?.textContent.trim(),
        ...figure.querySelectorAll("dd").map((dd) => dd.textContent.trim()),
      ]),
    ).toEqual([
      [t.figureMembers(3), "3"],
      [t.figureProvinces(2), "2", t.figureWithoutProvince(1)],
    ]);
    expect(texts(fixtureDist, "/", "#cifre ~ div li")).toEqual([
      "Impresa: 1",
      "Università: 1",
      "Consorzio di imprese: 1",
      "Milano: 1",
      "Brescia: 1",
      `${t.provinceNotGiven}: 1`,
      "Officina Alfa Test, 1 marzo 2026",
    ]);
  });

  it("count no member twice: the committee, whose seats are members, is not among them", () => {
    const main = readPage(fixtureDist, "/").document.querySelector("#cifre")?.parentNode;
    expect(main?.textContent).not.toContain("comitato");
  });

  it("list the latest members to join, with their dates, and no member without one", () => {
    // Only Officina Alfa Test has a joining date in the fixture.
    expect(latestJoined(fixtureDist)).toEqual([
      {
        text: "Officina Alfa Test, 1 marzo 2026",
        href: "/membri/officina-alfa/",
        day: "2026-03-01",
      },
    ]);
    const shown =
      latestJoined(fixtureDist)
        ?.map((item) => item.text)
        .join(" ") ?? "";
    for (const name of ["Ateneo Beta Test", "Consorzio Gamma Test"]) {
      expect(shown).not.toContain(name);
    }
  });
});
