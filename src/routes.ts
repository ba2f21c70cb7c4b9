/**
 * Every address the site builds, one typed function per kind. Pages, components, feeds, the
 * sitemap, JSON-LD, the scripts and the content check all take their addresses from here, so a
 * link and the page it leads to cannot drift apart. The addresses are permanent: feeds and
 * search engines keep them (../shared/decisions.md).
 */

/** The district page whose text opens the join page, the one page for joining. */
export const JOIN_PAGE_ID = "come-aderire";
/** The standalone page the forms' consent checkbox links to. */
export const PRIVACY_PAGE_ID = "privacy";

/** The join page's query parameter, and its form's field, naming a working group to take part in. */
export const JOIN_GROUP_PARAMETER = "gruppo";

/** The ways to narrow the members list, each the first part of its lists' addresses. */
export const MEMBER_FILTERS = ["tipo", "provincia", "settore"] as const;
export type MemberFilterName = (typeof MEMBER_FILTERS)[number];
/** The same ways in the English addresses: /en/members/type/<type>/. */
export const ENGLISH_MEMBER_FILTERS: Readonly<Record<MemberFilterName, string>> = {
  tipo: "type",
  provincia: "province",
  settore: "sector",
};

/** The datasets published under /dati/, each by its name in the files' addresses. */
export const OPEN_DATASET_IDS = ["membri", "eventi", "gruppi"] as const;
export type OpenDatasetId = (typeof OPEN_DATASET_IDS)[number];
/** How a dataset is published: a table, a JSON document, and the JSON Schema of the document. */
export type OpenDataFormat = "csv" | "json" | "schema.json";
/** The files of each dataset: a table only where each record is one flat row to count. */
export const OPEN_DATA_FORMATS: Readonly<Record<OpenDatasetId, readonly OpenDataFormat[]>> = {
  membri: ["csv", "json", "schema.json"],
  eventi: ["csv", "json", "schema.json"],
  gruppi: ["json", "schema.json"],
};

/** An article's address parts: the year folder and the file name. */
export interface ArticleAddress {
  year: string;
  slug: string;
}

/** The first page of a list at `base`, then `base2/`, `base3/`… */
const numbered = (base: string, page = 1) => (page === 1 ? base : `${base}${page}/`);

/** A join page's address with a working group chosen in its form. */
const withGroup = (page: string, group: string | undefined) =>
  group ? `${page}?${JOIN_GROUP_PARAMETER}=${encodeURIComponent(group)}` : page;

export const routes = {
  home: () => "/",
  district: () => "/distretto/",
  /** A district page; the one that explains how to join is shown at the join page instead. */
  districtPage: (id: string) => (id === JOIN_PAGE_ID ? routes.join() : `/distretto/${id}/`),
  /** The join page; with a working group, the form opens with that group chosen. */
  join: ({ group }: { group?: string } = {}) => withGroup("/aderisci/", group),
  committee: () => "/comitato/",
  members: () => "/membri/",
  member: (id: string) => `/membri/${id}/`,
  memberFilter: (filter: MemberFilterName, key: string) => `/membri/${filter}/${key}/`,
  news: (page = 1) => numbered("/notizie/", page),
  /** An article's id is its path under content/news/: `2026/nasce-il-distretto`. */
  articleById: (id: string) => `/notizie/${id}/`,
  article: ({ year, slug }: ArticleAddress) => routes.articleById(`${year}/${slug}`),
  tags: () => "/notizie/tag/",
  tag: (slug: string, page = 1) => numbered(`/notizie/tag/${slug}/`, page),
  tagFeed: (slug: string) => `/notizie/tag/${slug}/rss.xml`,
  archive: () => "/notizie/archivio/",
  archiveYear: (year: string | number) => `/notizie/archivio/${year}/`,
  events: () => "/eventi/",
  event: (id: string) => `/eventi/${id}/`,
  /** One event as an iCalendar file, for "Aggiungi al calendario". */
  eventCalendar: (id: string) => `/eventi/${id}.ics`,
  /** Every event as one iCalendar file that calendar applications subscribe to. */
  calendar: () => "/eventi.ics",
  /** The newsletter's archive, newest issue first. */
  newsletter: () => "/notiziario/",
  /** One issue of the newsletter, named by its number (its file name in content/newsletter/). */
  newsletterIssue: (issueNumber: string | number) => `/notiziario/${issueNumber}/`,
  /** The issue as the e-mail listmonk sends: HTML with its CSS inlined, and its text part. */
  newsletterEmail: (issueNumber: string | number) => `/notiziario/${issueNumber}/email.html`,
  newsletterText: (issueNumber: string | number) => `/notiziario/${issueNumber}/email.txt`,
  newsletterFeed: () => "/notiziario/rss.xml",
  /**
   * Where listmonk sends a reader who subscribed without JavaScript (its `next`): confirm from
   * the e-mail. Reached only from the form, so kept out of search engines.
   */
  subscribed: () => "/aggiornamenti/grazie/",
  groups: () => "/gruppi/",
  group: (id: string) => `/gruppi/${id}/`,
  /** A standalone page from content/pages/, linked from the footer. */
  page: (id: string) => `/${id}/`,
  search: (query?: string) => (query ? `/cerca/?q=${encodeURIComponent(query)}` : "/cerca/"),
  /** Pagefind's folder: its code, its WebAssembly and the index the build's last step writes. */
  searchEngine: () => "/pagefind/",
  feed: () => "/rss.xml",
  /** The same news as a JSON Feed 1.1, full text included. */
  jsonFeed: () => "/feed.json",
  /** The page for re-users of the open data: what each file holds, field by field, and its licence. */
  openData: () => "/dati/",
  /** A dataset's section on that page. */
  openDataset: (id: OpenDatasetId) => `/dati/#${id}`,
  openDataFile: (id: OpenDatasetId, format: OpenDataFormat) => `/dati/${id}.${format}`,
  /** The DCAT-AP_IT description of the datasets, which the open-data portals harvest. */
  dataCatalogue: () => "/dati/catalogo.jsonld",
  sitemap: () => "/sitemap-index.xml",
  robots: () => "/robots.txt",
  /** Astro writes the not-found page as a file, which hosts serve for any unknown address. */
  notFound: () => "/404.html",
  socialCard: () => "/social-card.png",
  /**
   * Not part of the site: the list of the articles' social cards, which the build writes for
   * its last step to draw, and which that step removes (scripts/build/finish-build.ts).
   */
  socialCardOrders: () => "/social-card-orders.json",
  /** The browser editor (Sveltia CMS): an application for editors, kept out of search engines. */
  admin: () => "/admin/",
} as const;

/** The English file of the join text (content/en/district/how-to-join.md), shown at /en/join/. */
export const ENGLISH_JOIN_PAGE_ID = "how-to-join";

/** The folder of the English pages, the one part of the site not in Italian. */
export const ENGLISH_ROOT = "/en/";

/**
 * The English addresses, under /en/ in English words. An English district page, event, group or
 * article is named by its own file (content/en/district/who-we-are.md → /en/district/who-we-are/);
 * members keep their Italian id, since an organisation's name is not translated.
 */
export const enRoutes = {
  home: () => ENGLISH_ROOT,
  /** The English district pages, those someone translated. */
  district: () => "/en/district/",
  /** An English district page; the translation of the join text is shown at the join page. */
  districtPage: (id: string) =>
    id === ENGLISH_JOIN_PAGE_ID ? enRoutes.join() : `/en/district/${id}/`,
  /** The English join page, the same form; with a working group, that group chosen. */
  join: ({ group }: { group?: string } = {}) => withGroup("/en/join/", group),
  committee: () => "/en/committee/",
  members: () => "/en/members/",
  member: (id: string) => `/en/members/${id}/`,
  memberFilter: (filter: MemberFilterName, key: string) =>
    `/en/members/${ENGLISH_MEMBER_FILTERS[filter]}/${key}/`,
  news: (page = 1) => numbered("/en/news/", page),
  articleById: (id: string) => `/en/news/${id}/`,
  article: ({ year, slug }: ArticleAddress) => enRoutes.articleById(`${year}/${slug}`),
  events: () => "/en/events/",
  event: (id: string) => `/en/events/${id}/`,
  groups: () => "/en/groups/",
  group: (id: string) => `/en/groups/${id}/`,
  page: (id: string) => `/en/${id}/`,
  search: (query?: string) =>
    query ? `/en/search/?q=${encodeURIComponent(query)}` : "/en/search/",
  feed: () => "/en/rss.xml",
  /**
   * A static host serves one not-found page for every unknown address (Cloudflare Pages and
   * Netlify the nearest 404.html up the folder tree), so /en/404.html answers under /en/.
   */
  notFound: () => "/en/404.html",
} as const;

/**
 * The first segment of every address the site builds itself: a standalone page may not take
 * one of these names, or it would collide with a section.
 */
export const RESERVED_SEGMENTS: readonly string[] = [
  ...new Set(
    [
      routes.district(),
      routes.join(),
      routes.committee(),
      routes.members(),
      routes.news(),
      routes.events(),
      routes.calendar(),
      routes.groups(),
      routes.newsletter(),
      routes.subscribed(),
      routes.search(),
      routes.searchEngine(),
      routes.feed(),
      routes.jsonFeed(),
      routes.openData(),
      routes.sitemap(),
      routes.robots(),
      routes.notFound(),
      routes.socialCard(),
      routes.admin(),
    ].map((address) => address.split("/")[1] ?? ""),
  ),
];
