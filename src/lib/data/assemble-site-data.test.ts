import { describe, expect, it } from "vitest";
import { entry } from "../../../tests/support/entries.ts";
import { editorMessage } from "../../i18n/editor-messages.ts";
import { routes } from "../../routes.ts";
import { NEWS_POSITION_FIELD } from "../news/news-paths.ts";
import { assembleSiteData, joinPageOf, type AssemblyContext } from "./assemble-site-data.ts";
import { ContentIntegrityError, contentProblem, formatProblem } from "./content-errors.ts";
import type { ItalianSiteData, SiteEntries } from "./site-types.ts";

/** The moment of every build here: midday in Rome on 1 June 2026. */
const NOW = new Date("2026-06-01T10:00:00Z");

const build: AssemblyContext = {
  now: NOW,
  preview: false,
  readingMinutesOf: () => 1,
  lastChangeOf: () => undefined,
};
const preview: AssemblyContext = { ...build, preview: true };

const member = (id: string, name: string, more = "") =>
  entry("members", id, `name: "${name}"\ntype: impresa\n${more}`);
const article = (id: string, title: string, pubDate: string, more = "") =>
  entry("news", id, `title: "${title}"\ndescription: D\npubDate: ${pubDate}\n${more}`);
const event = (id: string, title: string, start: string, more = "") =>
  entry(
    "events",
    id,
    `title: "${title}"\ndescription: D\nstart: ${start}\nonline: https://r.example/\n${more}`,
  );
const group = (id: string, title: string, coordinator: string, more = "") =>
  entry(
    "groups",
    id,
    `title: "${title}"\ndescription: D\ncoordinator: ${coordinator}\nstatus: attivo\n${more}`,
  );
const districtPage = (id: string, title: string, more = "") =>
  entry("district", id, `title: "${title}"\ndescription: D\n${more}`);

const members = [
  member("zeta", "Zeta Motori"),
  member("alfa", "alfa Componenti", "province: BS\njoined: 2026-03-01"),
  member("emilia", "Émilia Ricambi", "joined: 2026-05-01"),
];

const noEntries: SiteEntries = {
  news: [],
  members: [],
  committee: [],
  district: [],
  pages: [],
  events: [],
  groups: [],
  newsletter: [],
};
const assemble = (entries: Partial<SiteEntries>, context = build): ItalianSiteData =>
  assembleSiteData({ ...noEntries, members, ...entries }, context);
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
/** The problems a ContentIntegrityError lists, as the build prints them. */
const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentIntegrityError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("the content was accepted");
};

describe("what is published when", () => {
  const news = [
    article("2026/pubblicata", "Pubblicata", "2026-05-20"),
    article("2026/bozza", "Bozza", "2026-05-21", "draft: true"),
    article("2026/programmata", "Programmata", "2026-06-01T12:30:00+02:00"),
    article("2026/appena-uscita", "Appena uscita", "2026-06-01T11:30:00+02:00"),
  ];
  const district = [
    districtPage("chi-siamo", "Chi siamo"),
    districtPage("in-lavorazione", "In lavorazione", "draft: true"),
  ];
  const events = [
    event("assemblea", "Assemblea", "2026-07-01"),
    event("bozza-evento", "Bozza evento", "2026-07-02", "draft: true"),
  ];

  it("leaves drafts and articles whose moment has not come out of a build", () => {
    const data = assemble({ news, district, events });
    expect(ids(data.articles)).toEqual(["2026/appena-uscita", "2026/pubblicata"]);
    expect(ids(data.years.flatMap((year) => year.items))).toEqual(ids(data.articles));
    expect(data.district.map((page) => page.entry.id)).toEqual(["chi-siamo"]);
    expect(ids(data.events)).toEqual(["assemblea"]);
  });

  it("shows them in the preview, each with its status for the banner", () => {
    const data = assemble({ news, district, events }, preview);
    expect(data.articles.map((item) => [item.id, item.status])).toEqual([
      ["2026/programmata", "scheduled"],
      ["2026/appena-uscita", "published"],
      ["2026/bozza", "draft"],
      ["2026/pubblicata", "published"],
    ]);
    expect(data.district.map((page) => page.status)).toEqual(["published", "draft"]);
    expect(data.events.map((item) => item.status)).toEqual(["published", "draft"]);
  });

  it("publishes a scheduled article in the first build after its moment", () => {
    const later = { ...build, now: new Date("2026-06-01T10:30:00Z") };
    expect(ids(assemble({ news }, later).articles)).toContain("2026/programmata");
  });
});

describe("the order of every list", () => {
  it("sorts articles newest first, and articles of one moment by title", () => {
    const data = assemble({
      news: [
        article("2026/vecchia", "Vecchia", "2026-01-10"),
        article("2026/zeta", "Zeta", "2026-03-01"),
        article("2026/alfa", "Alfa", "2026-03-01"),
        article("2025/dell-anno-prima", "Dell'anno prima", "2025-12-31"),
      ],
    });
    expect(ids(data.articles)).toEqual([
      "2026/alfa",
      "2026/zeta",
      "2026/vecchia",
      "2025/dell-anno-prima",
    ]);
    expect(data.years.map(({ year, items }) => [year, ids(items)])).toEqual([
      ["2026", ["2026/alfa", "2026/zeta", "2026/vecchia"]],
      ["2025", ["2025/dell-anno-prima"]],
    ]);
    const [alfa, zeta] = data.articles;
    expect([alfa?.newer, alfa?.older?.id]).toEqual([undefined, "2026/zeta"]);
    expect([zeta?.newer?.id, zeta?.older?.id]).toEqual(["2026/alfa", "2026/vecchia"]);
  });

  it("sorts members by name as Italian readers do, ignoring case and accents", () => {
    const data = assemble({});
    expect(ids(data.members)).toEqual(["alfa", "emilia", "zeta"]);
    expect(ids(data.memberGroups.latestJoined)).toEqual(["emilia", "alfa"]);
  });

  it("sorts committee seats, district pages and working groups by order, then by name", () => {
    const seat = (id: string, order = "") =>
      entry("committee", id, `member: ${id}\nrole: Componente\n${order}`);
    const data = assemble({
      committee: [seat("zeta"), seat("emilia", "order: 2"), seat("alfa")],
      district: [
        districtPage("governance", "Governance"),
        districtPage("obiettivi", "Obiettivi", "order: 1"),
        districtPage("chi-siamo", "Chi siamo"),
      ],
      groups: [
        group("filiera", "Filiera", "alfa"),
        group("dati", "Dati", "alfa"),
        group("sicurezza", "Sicurezza", "alfa", "order: 1"),
      ],
      pages: [
        entry("pages", "privacy", "title: Privacy\ndescription: D"),
        entry("pages", "accessibilita", "title: Accessibilità\ndescription: D"),
      ],
    });
    expect(data.committee.map((item) => item.member.id)).toEqual(["emilia", "alfa", "zeta"]);
    expect(data.district.map((page) => page.entry.id)).toEqual([
      "obiettivi",
      "chi-siamo",
      "governance",
    ]);
    expect(ids(data.workingGroups)).toEqual(["sicurezza", "dati", "filiera"]);
    expect(ids(data.pages)).toEqual(["accessibilita", "privacy"]);
  });
});

describe("tags and related articles", () => {
  const data = assemble({
    news: [
      article("2026/a", "A", "2026-05-01", 'tags: ["Veicoli Elettrici"]\nmembers: [alfa]'),
      article("2026/b", "B", "2026-04-01", 'tags: ["veicoli-elettrici", "Filiera"]'),
      article("2026/c", "C", "2026-03-01", 'tags: ["Veicoli Elettrici"]\nmembers: [alfa]'),
      article("2026/d", "D", "2026-02-01", 'tags: ["Altro"]'),
      article("2026/e", "E", "2026-05-02", 'tags: ["veicoli elettrici"]\ndraft: true'),
    ],
  });
  const byId = new Map(data.articles.map((item) => [item.id, item]));

  it("groups the spellings of one tag under its slug, labelled by the most used, newest first", () => {
    expect(data.tags.map(({ slug, label, items }) => [slug, label, ids(items)])).toEqual([
      ["altro", "Altro", ["2026/d"]],
      ["filiera", "Filiera", ["2026/b"]],
      ["veicoli-elettrici", "Veicoli Elettrici", ["2026/a", "2026/b", "2026/c"]],
    ]);
    // Each article's tags as the tag pages label them, in the tag list's order.
    expect(byId.get("2026/b")?.tags).toEqual([
      { slug: "filiera", label: "Filiera" },
      { slug: "veicoli-elettrici", label: "Veicoli Elettrici" },
    ]);
  });

  it("relates published articles by shared members first, then by shared tags, never to themselves", () => {
    expect(ids(byId.get("2026/a")?.related ?? [])).toEqual(["2026/c", "2026/b"]);
    expect(ids(byId.get("2026/d")?.related ?? [])).toEqual([]);
  });
});

describe("each member's back-links", () => {
  const data = assemble({
    news: [
      article("2026/vecchia", "Vecchia", "2026-01-10", "members: [alfa]"),
      article("2026/nuova", "Nuova", "2026-05-10", "members: [alfa, zeta]"),
      article("2026/bozza", "Bozza", "2026-05-11", "members: [alfa]\ndraft: true"),
    ],
    committee: [entry("committee", "alfa", "member: alfa\nrole: Coordinamento")],
    events: [
      event("passato", "Passato", "2026-03-01", "organizers: [alfa]"),
      event("futuro", "Futuro", "2026-09-01", "organizers: [alfa, emilia]"),
    ],
    groups: [
      group("dati", "Dati", "zeta", "members: [alfa, emilia, zeta]"),
      group("filiera", "Filiera", "alfa"),
    ],
  });

  it("lists the published articles that name a member, newest first", () => {
    expect(ids(data.articlesByMember.get("alfa") ?? [])).toEqual(["2026/nuova", "2026/vecchia"]);
    expect(ids(data.articlesByMember.get("zeta") ?? [])).toEqual(["2026/nuova"]);
    expect(data.articlesByMember.has("emilia")).toBe(false);
  });

  it("finds a member's committee seat", () => {
    expect(data.seatByMember.get("alfa")?.entry.data.role).toBe("Coordinamento");
    expect(data.seatByMember.has("zeta")).toBe(false);
  });

  it("splits the events a member organizes into upcoming and past", () => {
    const alfa = data.eventsByMember.get("alfa");
    expect(ids(alfa?.upcoming ?? [])).toEqual(["futuro"]);
    expect(alfa?.pastByYear.map(({ year, items }) => [year, ids(items)])).toEqual([
      ["2026", ["passato"]],
    ]);
    expect(ids(data.eventsByMember.get("emilia")?.upcoming ?? [])).toEqual(["futuro"]);
  });

  it("lists the working groups a member coordinates or takes part in, coordinator first", () => {
    expect(ids(data.groupsByMember.get("alfa") ?? [])).toEqual(["dati", "filiera"]);
    expect(ids(data.groupsByMember.get("zeta") ?? [])).toEqual(["dati"]);
    const dati = data.workingGroups.find((item) => item.id === "dati");
    expect(ids(dati?.participants ?? [])).toEqual(["zeta", "alfa", "emilia"]);
  });
});

describe("events", () => {
  const events = [
    event("settembre", "Settembre", "2026-09-01"),
    event("annullato", "Annullato", "2026-07-01", "cancelled: true"),
    event("in-corso", "In corso", "2026-05-30", "end: 2026-06-02"),
    event("marzo-b", "B di marzo", "2026-03-01"),
    event("marzo-a", "A di marzo", "2026-03-01"),
    event("anno-prima", "Anno prima", "2025-11-20T09:30:00+01:00"),
  ];

  it("lists every event by start, then by title, with its page and calendar file", () => {
    const data = assemble({ events });
    expect(ids(data.events)).toEqual([
      "anno-prima",
      "marzo-a",
      "marzo-b",
      "in-corso",
      "annullato",
      "settembre",
    ]);
    expect(data.events[0]).toMatchObject({
      path: routes.event("anno-prima"),
      calendarPath: routes.eventCalendar("anno-prima"),
    });
  });

  it("counts an event as upcoming until it ends, and keeps a cancelled one, marked", () => {
    const { schedule, events: all } = assemble({ events });
    expect(ids(schedule.upcoming)).toEqual(["in-corso", "annullato", "settembre"]);
    expect(schedule.pastByYear.map(({ year, items }) => [year, ids(items)])).toEqual([
      ["2026", ["marzo-b", "marzo-a"]],
      ["2025", ["anno-prima"]],
    ]);
    expect(all.filter((item) => item.entry.data.cancelled).map((item) => item.id)).toEqual([
      "annullato",
    ]);
    expect(all.find((item) => item.id === "in-corso")?.upcoming).toBe(true);
    expect(all.find((item) => item.id === "marzo-a")?.upcoming).toBe(false);
  });

  it("dates each event's last change from its file's history, or from the build without one", () => {
    const changed = new Date("2026-04-01T08:00:00Z");
    const data = assemble(
      { events },
      { ...build, lastChangeOf: (item) => (item.id === "settembre" ? changed : undefined) },
    );
    const lastModified = new Map(data.events.map((item) => [item.id, item.lastModified]));
    expect(lastModified.get("settembre")).toEqual(changed);
    expect(lastModified.get("annullato")).toEqual(NOW);
  });

  it("gives each working group its events and the published articles that name it", () => {
    const data = assemble({
      groups: [group("dati", "Dati", "alfa")],
      events: [event("tavolo", "Tavolo", "2026-09-01", "groups: [dati]"), ...events],
      news: [
        article("2026/dati", "Dati", "2026-05-01", "groups: [dati]"),
        article("2026/bozza", "Bozza", "2026-05-02", "groups: [dati]\ndraft: true"),
        article("2026/altro", "Altro", "2026-05-03"),
      ],
    });
    const [dati] = data.workingGroups;
    expect(ids(dati?.events.upcoming ?? [])).toEqual(["tavolo"]);
    expect(ids(dati?.articles ?? [])).toEqual(["2026/dati"]);
  });
});

describe("content the site cannot be built from", () => {
  it("names every broken reference and misplaced article at once, by file and field", () => {
    const problems = problemsOf(() =>
      assemble({
        news: [
          article("2026/membro", "M", "2026-01-05", "members: [alfa, officina-inesistente]"),
          article("2025/fuori-posto", "F", "2026-01-05"),
        ],
        events: [event("gruppo", "G", "2027-03-20", "groups: [filiera-inesistente]")],
      }),
    );
    const problem = (file: string, field: string, message: Parameters<typeof editorMessage>) =>
      formatProblem(contentProblem({ file, field }, editorMessage(...message)));
    expect(problems).toEqual(
      expect.arrayContaining([
        problem("content/news/2026/membro.md", "members", [
          "MemberNotFound",
          { id: "officina-inesistente" },
        ]),
        problem("content/events/gruppo.md", "groups", [
          "GroupNotFound",
          { id: "filiera-inesistente" },
        ]),
        problem("content/news/2025/fuori-posto.md", NEWS_POSITION_FIELD, [
          "NewsWrongYearFolder",
          { id: "2025/fuori-posto", year: "2026" },
        ]),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it("checks the references of drafts too, which the preview shows", () => {
    const problems = problemsOf(() =>
      assemble({
        news: [article("2026/bozza", "B", "2026-01-05", "members: [nessuno]\ndraft: true")],
      }),
    );
    expect(problems).toEqual([
      formatProblem(
        contentProblem(
          { file: "content/news/2026/bozza.md", field: "members" },
          editorMessage("MemberNotFound", { id: "nessuno" }),
        ),
      ),
    ]);
  });

  it("refuses a site without the join page, naming the file to write", () => {
    const district = assemble({ district: [districtPage("chi-siamo", "Chi siamo")] }).district;
    expect(problemsOf(() => joinPageOf(district))).toEqual([
      formatProblem(
        contentProblem(
          { file: "content/district/come-aderire.md", field: "(file)" },
          editorMessage("JoinPageMissing"),
        ),
      ),
    ]);
    const withJoin = assemble({ district: [districtPage("come-aderire", "Come aderire")] });
    expect(joinPageOf(withJoin.district).path).toBe(routes.districtPage("come-aderire"));
  });
});
