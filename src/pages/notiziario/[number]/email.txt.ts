import type { APIRoute } from "astro";
import { newsletterMessage } from "../../../lib/newsletter/email";
import { issuePaths } from "../../../lib/newsletter/issue-paths";
import type { SiteNewsletterIssue } from "../../../lib/data/site-types";

export const getStaticPaths = issuePaths;

/** The message's text part, listmonk's `altbody`. */
export const GET: APIRoute<{ issue: SiteNewsletterIssue }> = async ({ props }) =>
  new Response((await newsletterMessage(props.issue)).text, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
