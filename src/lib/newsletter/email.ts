/**
 * One issue of the newsletter as the message listmonk sends, after Ghost's e-mail renderer:
 * the component laid out from the issue's data, its CSS inlined by juice, the text part made by
 * html-to-text from the same HTML without the preheader. listmonk reads the whole message as a
 * Go template, so every `{{` the content carries is escaped and only the site's own tags stay.
 */
import { convert } from "html-to-text";
import juice from "juice";
import NewsletterEmail from "../../components/email/NewsletterEmail.astro";
import { componentRenderer } from "../feeds/entry-html.ts";
import type { SiteNewsletterIssue } from "../data/site-types.ts";
import { emailView } from "./email-view.ts";
import { escapeTemplateDelimiters } from "./template-tags.ts";

/**
 * listmonk's template tags for each subscriber's addresses (its docs, "Templates"): stand-ins
 * until the content is escaped, then the tags themselves.
 */
const LISTMONK_TAGS = {
  "https://listmonk.invalid/message": "{{ MessageURL }}",
  "https://listmonk.invalid/unsubscribe": "{{ UnsubscribeURL }}",
} as const;

const withListmonkTags = (text: string) =>
  Object.entries(LISTMONK_TAGS).reduce(
    (result, [standIn, tag]) => result.replaceAll(standIn, tag),
    text,
  );

export interface NewsletterMessage {
  html: string;
  text: string;
}

/** The text part: every item's title and address, without the preheader, links after their words. */
function textPart(html: string): string {
  return convert(html, {
    wordwrap: 78,
    selectors: [
      { selector: ".preheader", format: "skip" },
      // An image's link repeats the title's, which the text part gives after the title.
      { selector: "a.image-link", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "a", options: { hideLinkHrefIfSameAsText: true } },
      { selector: "table.page", format: "block" },
      { selector: "table.column", format: "block" },
      { selector: "tr", format: "block" },
      { selector: "td", format: "block" },
    ],
  });
}

const messages = new Map<number, Promise<NewsletterMessage>>();

/** The issue's message, made once per build for both of its files. */
export function newsletterMessage(issue: SiteNewsletterIssue): Promise<NewsletterMessage> {
  let message = messages.get(issue.number);
  if (!message) {
    message = (async () => {
      const [messageUrl, unsubscribeUrl] = Object.keys(LISTMONK_TAGS) as [string, string];
      const view = await emailView(issue, { messageUrl, unsubscribeUrl });
      const laidOut = await (
        await componentRenderer()
      ).renderToString(NewsletterEmail, { props: { ...view }, partial: false });
      const html = escapeTemplateDelimiters(
        juice(laidOut, {
          preserveMediaQueries: true,
          removeStyleTags: true,
          // The layout's own width and height attributes are what Outlook for Windows reads;
          // juice would overwrite them with the CSS's fluid 100% and auto.
          applyWidthAttributes: false,
          applyHeightAttributes: false,
        }),
      );
      return { html: withListmonkTags(html), text: withListmonkTags(textPart(html)) };
    })();
    messages.set(issue.number, message);
  }
  return message;
}
