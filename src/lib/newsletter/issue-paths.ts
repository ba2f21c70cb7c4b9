import { getSiteData } from "../data/site-data.ts";

/** `getStaticPaths` of every route of an issue: its page, its e-mail and its text part. */
export async function issuePaths() {
  const { newsletter } = await getSiteData();
  return newsletter.map((issue) => ({
    params: { number: String(issue.number) },
    props: { issue },
  }));
}
