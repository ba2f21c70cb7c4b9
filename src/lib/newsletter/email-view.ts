/**
 * What the newsletter's e-mail shows, gathered from an issue: every text in Italian, every
 * address absolute, dates as readers read them. The component only lays it out.
 */
import { t } from "../../i18n/it.ts";
import { routes } from "../../routes.ts";
import { site } from "../../site.ts";
import { formatItalianDate } from "../text/dates.ts";
import { entryHtml } from "../feeds/entry-html.ts";
import { describeWhen } from "../events/event-times.ts";
import { absoluteUrl } from "../site/page-meta.ts";
import { heroShareImage } from "../social-cards/share-image.ts";
import type { SiteNewsletterIssue } from "../data/site-types.ts";

/** The column's width less its padding: the widest an image in it is shown. */
export const EMAIL_IMAGE_WIDTH = 552;

export interface EmailImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

export interface EmailView {
  subject: string;
  preheader: string;
  siteName: string;
  siteUrl: string;
  /** "Notiziario n. 3 · 15 dicembre 2026" */
  issueLine: string;
  introHtml: string;
  articles: {
    title: string;
    url: string;
    date: string;
    description: string;
    image: EmailImage | undefined;
  }[];
  events: { title: string; url: string; when: string; where: string; description: string }[];
  archiveUrl: string;
  /** Where listmonk puts each subscriber's own addresses (see `listmonkTags` in email.ts). */
  messageUrl: string;
  unsubscribeUrl: string;
  words: Omit<typeof t.newsletter.email, "why"> & {
    why: string;
    articles: string;
    events: string;
    readArticle: string;
    eventDetails: string;
  };
}

/** An article's hero image as a JPEG no wider than the column, at an absolute address. */
async function emailImage(hero: { src: ImageMetadata; alt: string }): Promise<EmailImage> {
  const image = await heroShareImage(hero, EMAIL_IMAGE_WIDTH);
  return { ...image, url: absoluteUrl(image.url) };
}

export async function emailView(
  issue: SiteNewsletterIssue,
  listmonk: { messageUrl: string; unsubscribeUrl: string },
): Promise<EmailView> {
  const { subject, preheader, pubDate } = issue.entry.data;
  const words = t.newsletter;
  return {
    subject,
    preheader,
    siteName: site.name,
    siteUrl: absoluteUrl(routes.home()),
    issueLine: `${words.issueNumber(issue.number)} · ${formatItalianDate(pubDate)}`,
    introHtml: await entryHtml(issue.entry, issue.path),
    articles: await Promise.all(
      issue.articles.map(async (article) => {
        const { title, description, image } = article.entry.data;
        return {
          title,
          url: absoluteUrl(article.path),
          date: formatItalianDate(article.pubDate),
          description,
          image: image && (await emailImage(image)),
        };
      }),
    ),
    events: issue.events.map((event) => {
      const { location, description } = event.entry.data;
      return {
        title: event.title,
        url: absoluteUrl(event.path),
        when: describeWhen(event),
        where: location ? `${location.name}, ${location.city}` : t.eventOnline,
        description,
      };
    }),
    archiveUrl: absoluteUrl(routes.newsletter()),
    ...listmonk,
    words: {
      ...words.email,
      why: words.email.why(site.name),
      articles: words.articles,
      events: words.events,
      readArticle: words.readArticle,
      eventDetails: words.eventDetails,
    },
  };
}
