import type { APIRoute } from "astro";
import { newsletterMessage } from "../../../lib/newsletter/email";
import { issuePaths } from "../../../lib/newsletter/issue-paths";
import type { SiteNewsletterIssue } from "../../../lib/data/site-types";

export const getStaticPaths = issuePaths;

/** The message listmonk sends, as `npm run newsletter:send` hands it over. */
export const GET: APIRoute<{ issue: SiteNewsletterIssue }> = async ({ props }) =>
  new Response((await newsletterMessage(props.issue)).html, {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
