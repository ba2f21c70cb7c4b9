import type { GroupStatus } from "../schemas/groups.ts";
import type { MemberType, Province } from "../schemas/members.ts";
import { t as italian, type Dictionary, type SearchText } from "./it.ts";
import { pluralsFor } from "./plural.ts";

/**
 * Every string a reader sees on the English pages (/en/), with the Italian dictionary's keys: the
 * type comes from it.ts, so a key missing here fails the type check. Only what the English pages
 * show is written for partners abroad; the rest follows the Italian faithfully.
 */
const { plural, pluralForm } = pluralsFor("en-GB");

export const searchText: SearchText = {
  searchSections: {
    news: "News",
    members: "Members",
    district: "District",
    committee: "Committee",
    pages: "Information",
    events: "Events",
    groups: "Working groups",
  },
  searchFilterLabels: {
    sezione: "Section",
    argomento: "Topic",
    tipo: "Type of member",
    provincia: "Province",
    anno: "Year",
    eventi: "Events",
  },
  searchTitle: "Search the site",
  searchDescription:
    "Search the English pages of the Milan automotive district: the district, its committee, its members and its news.",
  searchLabel: "What are you looking for?",
  searchHeaderLabel: "Search the site",
  searchPlaceholder: "Search…",
  searchButton: "Search",
  searchShortcutHint: "Press / to search",
  searchQuickResults: "First results",
  searchQuickAll: "See all results",
  searchFilters: "Filter the results",
  searchOptions: "Filter and sort the results",
  searchTicked: (count: number) => `(${plural(count, "filter chosen", "filters chosen")})`,
  searchSort: "Sort",
  searchSortRelevance: "By relevance",
  searchSortNewest: "News, newest first",
  searchNoScript:
    "Search needs JavaScript, which is turned off in your browser. You can browse the news or the list of members:",
  searchLoading: "Loading the search…",
  searchMore: "Show more results",
  searchUnavailable:
    "The search failed: the site’s index could not be downloaded. Check your connection and try again.",
  searchNotBuilt:
    "The preview (npm run dev) has no search: its index is made when the site is built. To try it, run npm run build and then npm run preview.",
  searchPrompt: "Type a word or choose a filter to see the results.",
  searchResultCount: (count: number, query: string) =>
    `${plural(count, "result", "results")}${query ? ` for “${query}”` : ""}.`,
};

export const t: Dictionary = {
  skipToContent: "Skip to content",
  navigation: {
    district: "The district",
    committee: "Committee",
    members: "Members",
    news: "News",
    events: "Events",
    groups: "Groups",
    join: "Join",
  },
  mainNavigation: "Main navigation",
  footerNavigation: "Legal information",
  menu: "Menu",
  close: "Close",
  closeMenu: "Close the menu",
  closeSearch: "Close the search",
  home: "Home",
  allNews: "All news",
  latestNews: "Latest news",
  noNews: "No news has been published in English yet.",
  publishedOn: "Published on",
  updatedOn: "Updated on",
  by: "by",
  tags: "Topics",
  membersInArticle: "Organisations mentioned",
  newsTitle: "News",
  newsDescription: "News of the Milan automotive district, in English.",
  pagination: "More pages",
  previousPage: "Previous page",
  nextPage: "Next page",
  pageNumber: (page: number) => `Page ${page}`,
  pageOf: (page: number, total: number) => `page ${page} of ${total}`,
  readingTime: (minutes: number) => `${minutes} min read`,
  tagTitle: (label: string) => `News about “${label}”`,
  tagDescription: (label: string) => `News of the Milan automotive district about “${label}”.`,
  tagsTitle: "News topics",
  tagsDescription: "Every topic of the district’s news, with the number of articles.",
  articleCount: (count: number) => plural(count, "article", "articles"),
  archiveTitle: "News archive",
  archiveDescription: "News of the Milan automotive district, year by year.",
  yearTitle: (year: string) => `News of ${year}`,
  yearDescription: (year: string) => `News of the Milan automotive district published in ${year}.`,
  browseNews: "Browse the news",
  relatedTitle: "Read also",
  newerArticle: "Newer article",
  olderArticle: "Older article",
  articleNavigation: "More articles",
  rssFeed: "RSS feed",
  rssFeedOf: (label: string) => `RSS feed of “${label}”`,
  followRss: "Follow the English news with the RSS feed",
  jsonFeed: "JSON Feed",
  newsSection: "News",
  forms: {
    required: "required",
    optional: "optional",
    sending: "Sending…",
    sendErrors: {
      timeout: (seconds: number, writeTo: string) =>
        `The service that receives the forms did not answer within ${String(seconds)} seconds, so we do not know whether your request arrived. What you wrote is still here: try again in a few minutes; if the problem continues, ${writeTo}.`,
      network:
        "The request was not sent: the service that receives the forms cannot be reached. Check your internet connection and try again; what you wrote is still here.",
      rejected: (writeTo: string) =>
        `The service that receives the forms refused the request, so it was not recorded. Check the fields and try again; if the error happens again, ${writeTo}.`,
      server: (writeTo: string) =>
        `The service that receives the forms had a problem and probably did not record the request. What you wrote is still here: try again in a few minutes; if the problem continues, ${writeTo}.`,
      unreadable: (writeTo: string) =>
        `The request was sent and has probably arrived, but the service that receives the forms does not let this page read its answer. Do not send it again: if you get no reply in the next few days, ${writeTo}.`,
    },
    writeToSecretariat: (email: string) =>
      email ? `write to the secretariat (${email})` : "write to the district’s secretariat",
    honeypotLabel: "Do not fill in this field",
    privacyConsent:
      "I have read the privacy notice and agree to the processing of my data for this request.",
    privacyLink: "Read the privacy notice (in Italian)",
    invalidRequired: "Fill in this field.",
    invalidEmail: "Write a valid e-mail address, for example name@company.com.",
    invalidUrl: "Write the website’s full address, for example https://www.company.com.",
    invalidPhone: "Write only digits, spaces and the country code, such as +39.",
    invalidChoice: "Choose an item from the list.",
    invalidConsent: "Your consent is needed to send the request.",
  },
  joinFormTitle: "Application to join",
  joinFormIntro:
    "Fill in the form: the district’s secretariat will contact you to complete your membership.",
  joinFields: {
    organization: "Name of the organisation",
    type: "Type of organisation",
    typeChoose: "Choose…",
    province: "Province",
    website: "Website",
    websiteHint: "The full address, for example https://www.company.com.",
    contact: "Contact person",
    email: "E-mail",
    emailHint: "For example name@company.com.",
    phone: "Phone",
    message: "Message",
    messageHint: "What your organisation does and why it wants to join.",
  },
  joinGroupField: {
    label: "Working group you are interested in",
    hint: "If you want to take part in one of the district’s working groups, choose it here.",
    none: "None in particular",
  },
  joinSubmit: "Send the application",
  joinThanks:
    "Thank you: your application has been sent. The district’s secretariat will contact you at the address you gave.",
  subscribeTitle: "Receive the updates",
  subscribeIntro: "Leave your e-mail address to receive the district’s news.",
  subscribeLists: "What would you like to receive",
  subscribeListsHint: "Choose at least one item.",
  subscribeListsInvalid: "Choose at least one of the items to subscribe.",
  subscribeSubmit: "Subscribe",
  subscribeThanks:
    "Thank you: we have sent an e-mail to the address you gave. To complete your subscription open the confirmation link it contains; until you confirm you will not receive the updates.",
  subscribeThanksNoOptin: (writeTo: string) =>
    `Thank you: the request is recorded, but no confirmation e-mail was sent, as happens when the address is already subscribed. If you do not receive the updates, ${writeTo}.`,
  subscribeRefusals: {
    invalidEmail:
      "The subscription service did not accept the e-mail address, so the subscription was not recorded. Check that it is written in full, like name@company.com, and try again.",
    noLists:
      "The subscription was not recorded because you did not choose what to receive. Choose at least one item and try again.",
    closedLists: (writeTo: string) =>
      `The updates you chose do not accept subscriptions from the site at the moment, so the subscription was not recorded. It is not your fault: ${writeTo}.`,
    disabled: (writeTo: string) =>
      `Subscriptions from the site are suspended at the moment, so the subscription was not recorded. Try again in a few days; if the problem continues, ${writeTo}.`,
  },
  subscribeUnreadable: (writeTo: string) =>
    `The subscription service does not let this page send it the request, so the subscription was not recorded. It is not your fault: ${writeTo}.`,
  subscribeRss: "Prefer a feed reader? Follow the RSS feed of the English news.",
  subscribeFallback: "To receive the updates write to the secretariat:",
  subscribePending:
    "Subscribing to the e-mail updates will be possible soon. In the meantime you can follow the news with the RSS feed.",
  subscribedTitle: "Confirm your subscription from the e-mail",
  subscribedDescription:
    "To complete your subscription to the district’s updates, open the link in the confirmation e-mail.",
  subscribedSteps: [
    "We have sent an e-mail with a confirmation link to the address you gave. Your subscription is complete only when you open it: until you confirm you will not receive the updates.",
    "If the e-mail does not arrive within a few minutes, look in your spam folder. If the address was already subscribed, you will not receive another one.",
  ],
  ...searchText,
  searchEventTimes: { upcoming: "Coming up", past: "Past" },
  districtTitle: "The district",
  districtDescription:
    "What the Milan automotive district is, its goals, its territory, its governance and how to join.",
  districtPages: "District pages",
  districtPagesSequence: "Previous and next district page",
  previousDistrictPage: "Previous page",
  nextDistrictPage: "Next page",
  onThisPage: "On this page",
  documentFacts: (kind: string, size: string) => `${kind}, ${size}`,
  territoryMapDescription:
    "Diagram of the provinces of Lecco, Bergamo, Milan, Brescia, Cremona and Mantua, with the number of members in each.",
  territoryTableCaption: "Members of the district by province",
  territoryProvince: "Province",
  territoryMembers: "Members",
  committeeTitle: "The networking committee",
  committeeDescription: (count: number) =>
    `${pluralForm(count, "The organisation that leads", `The ${count} organisations that lead`)} the networking of the Milan automotive district.`,
  committeeIntro: (count: number) =>
    `The district’s networking is organised by a committee of ${plural(count, "organisation", "organisations")}.`,
  representatives: "Representatives",
  memberPage: (name: string) => `Profile of ${name}`,
  membersTitle: "The members",
  membersDescription:
    "The companies, universities, trade associations, public institutions and business consortia that are part of the Milan automotive district.",
  membersCount: (count: number) =>
    `${plural(count, "organisation belongs", "organisations belong")} to the district.`,
  memberDescription: (name: string, type: string) =>
    `${name}: ${type.toLowerCase()}, member of the Milan automotive district.`,
  founder: "Founding member",
  logoOf: (name: string) => `Logo of ${name}`,
  membersByType: "By type",
  membersByProvince: "By province",
  membersBySector: "By sector",
  membersFilterTitle: "Filter the members",
  membersFilterAll: "All",
  membersFilterApply: "Show",
  membersShownOne: "1 organisation matches the filters.",
  membersShownMany: "{n} organisations match the filters.",
  membersNone: "No organisation matches these filters.",
  membersOfType: (label: string) => `Members: ${label.toLowerCase()}`,
  membersOfProvince: (name: string) => `Members in the province of ${name}`,
  membersOfSector: (label: string) => `Members in the “${label}” sector`,
  membersGroupDescription: (title: string) =>
    `${title}: the organisations of the Milan automotive district.`,
  allMembers: "All members",
  keyFigures: "The district in figures",
  figureMembers: (count: number) =>
    pluralForm(count, "member organisation", "member organisations"),
  figureProvinces: (count: number) => pluralForm(count, "province", "provinces"),
  figureWithoutProvince: (count: number) =>
    `${plural(count, "organisation", "organisations")} without a province given`,
  provinceNotGiven: "Province not given",
  latestJoined: "Latest to join",
  type: "Type",
  province: "Province",
  city: "City",
  website: "Website",
  sectors: "Sectors",
  joined: "Member since",
  committeeRole: "On the committee",
  memberNews: "News that mentions it",
  memberEvents: "Events it organises",
  memberGroups: "Working groups",
  coordinates: "coordinates the group",
  articleGroups: "Working groups mentioned",
  eventsTitle: "Events",
  eventsDescription:
    "Meetings, working groups, conferences and fairs of the Milan automotive district.",
  eventsIntro:
    "The district’s meetings: members’ assemblies, working group sessions, conferences and fairs the district takes part in.",
  eventsPending:
    "No event has been published in English yet. The full programme is on the Italian events page.",
  upcomingEvents: "Upcoming events",
  noUpcomingEvents: "There are no events coming up at the moment.",
  pastEvents: "Past events",
  allEvents: "All events",
  eventCancelled: "Cancelled",
  eventCancelledNotice: "This event has been cancelled.",
  eventWhen: "When",
  eventWhere: "Where",
  eventOnline: "Online",
  eventCityAndOnline: (city: string) => `${city} and online`,
  eventOnlineLink: "Link to follow the event",
  eventMapLink: "See the address on the map (OpenStreetMap)",
  eventTakePart: "How to take part",
  eventRegister: "Register for the event",
  eventFollowOnline: "Follow the event online",
  eventAskSecretariat: "To take part write to the district’s secretariat:",
  eventDetailsPending: "How to take part will be published on this page.",
  eventOrganizers: "Organised by",
  eventGroups: "Working groups",
  eventTags: "Topics",
  eventDescription: (when: string, summary: string) =>
    `${when.charAt(0).toUpperCase()}${when.slice(1)}. ${summary}`,
  addToCalendar: "Add to calendar",
  addToCalendarHint: ".ics file for your calendar",
  calendarTitle: "The events calendar",
  calendarName: "Distretto milanese dell'auto: events",
  calendarSubscribe: "Subscribe to the calendar",
  calendarSubscribeText:
    "Follow the district’s events in your calendar: it updates itself when an event is added, moved or cancelled. If the application asks for an address, use",
  calendarDownload: "Download the calendar (.ics)",
  groupsTitle: "Working groups",
  groupsDescription:
    "The themed tables where the members of the Milan automotive district work together.",
  groupsIntro:
    "In the working groups the district’s members tackle a subject together: each group has a coordinator, its participants and its meetings.",
  groupsPending:
    "No working group has been presented in English yet. The groups are on the Italian working groups page.",
  groupCoordinator: "Coordination",
  groupSize: (count: number) => plural(count, "organisation", "organisations"),
  groupStatus: "Status",
  groupGoals: "Goals",
  groupParticipants: "Who takes part",
  groupUpcomingEvents: "Upcoming meetings",
  groupPastEvents: "Past meetings",
  groupNews: "News about the group",
  groupJoin: "Take part in the group",
  groupJoinText:
    "Organisations of the sector can take part in the group: name the group in the application to join the district.",
  groupJoinByEmail: (title: string, email: string) =>
    `Organisations of the sector can take part in the group “${title}”: write to the district’s secretariat, at ${email}, naming the group.`,
  groupJoinByEmailLink: "Write to the secretariat",
  groupJoinSubject: (title: string) => `Taking part in the working group “${title}”`,
  groupJoinPending: (title: string) =>
    `Organisations of the sector can take part in the group “${title}”. How to ask and the secretariat’s contacts are being set up: they will be published on the page about joining.`,
  groupJoinPendingLink: "How to join the district",
  opensInNewTab: "(opens in a new tab)",
  joinCta: "Join the district",
  joinCtaText:
    "The district’s first goal is to gather memberships: the more organisations take part, the stronger the system.",
  contactsPending:
    "The contacts of the district’s secretariat are being set up and will be published on this page.",
  joinPending:
    "How to apply and the contacts of the district’s secretariat are being set up: they will be published on this page.",
  contacts: "Contacts",
  contactUs: "To join or ask for information write to the secretariat:",
  committeeOnHome: "Who runs the district",
  homeIntro:
    "A new production system that brings together companies, universities, trade associations, public institutions and business consortia of the automotive sector in the provinces of Milan, Bergamo, Brescia, Cremona, Lecco and Mantua.",
  homePurpose:
    "It promotes the development of the sector and its international competitiveness, pooling resources, know-how and technological skills to bring research and innovation.",
  discoverDistrict: "Discover the district",
  notFoundTitle: "Page not found",
  notFoundDescription: "The page you are looking for does not exist or has been moved.",
  notFoundHelp: "You can go back to the home page or visit one of these sections:",
  newsletter: {
    title: "Newsletter",
    description:
      "Every issue of the newsletter of the Milan automotive district, written in Italian.",
    intro:
      "The newsletter gathers the district’s news and events. Here is every issue sent, newest first, in Italian.",
    pending: "The first issue of the newsletter is being prepared.",
    issueNumber: (number: number) => `Newsletter no. ${number}`,
    sentOn: "Sent on",
    articles: "News",
    events: "Events",
    readArticle: "Read the article",
    eventDetails: "Programme and registration",
    allIssues: "All issues of the newsletter",
    feed: "Follow the newsletter with a feed reader (RSS)",
    feedTitle: "Newsletter",
    boxLink: "Read the issues of the newsletter already sent (in Italian)",
    email: {
      readInBrowser: "Read in the browser",
      why: (siteName: string) =>
        `You receive this e-mail because you asked for the updates of the ${siteName}.`,
      unsubscribe: "Unsubscribe",
      archive: "All issues on the site",
    },
  },
  draftBanner: "Draft: this page will not be published while its original is a draft.",
  scheduledBanner: (date: string) => `Scheduled: it will be published from ${date}.`,
  preview: {
    entryRefused: (file: string) =>
      `${file} has errors (the content check lists them): the preview shows its last correct version, if there is one.`,
    errorsTitle: (count: number) =>
      pluralForm(count, "A content file has an error", `The content files have ${count} errors`),
    errorsExplanation:
      "While they remain, the site is not published. The preview shows the last correct version of every file with errors; fix them and save: this page updates itself.",
  },
  /**
   * The open data (/dati/) is published in Italian only, its files and their page alike; no
   * English page shows these words (the events and groups lists leave their data links out).
   */
  openData: italian.openData,
  lastUpdated: "Updated on",
  languageName: "English",
  languageLinkLabel: "This page in English",
  untranslatedNotice: "This description has not been translated yet: it is shown in Italian.",
  newsletterLanguage: "The newsletter is written in Italian.",
  searchOtherLanguage: "Search the same words in the Italian pages",
  footerAbout:
    "The production system that brings together companies, universities, trade associations, public institutions and business consortia of the automotive sector in Lombardy.",
};

export const memberTypeLabels: Record<MemberType, string> = {
  impresa: "Company",
  universita: "University",
  associazione: "Trade association",
  istituzione: "Public institution",
  consorzio: "Business consortium",
  ricerca: "Research centre or science park",
};

export const groupStatusLabels: Record<GroupStatus, string> = {
  attivo: "Active",
  "in-avvio": "Starting",
  concluso: "Concluded",
};

export const provinceNames: Record<Province, string> = {
  MI: "Milan",
  BG: "Bergamo",
  BS: "Brescia",
  CR: "Cremona",
  LC: "Lecco",
  MN: "Mantua",
};
