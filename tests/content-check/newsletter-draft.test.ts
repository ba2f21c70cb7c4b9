import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { romeYear, toIsoDay, toRomeDateTime } from "../../src/lib/text/dates.ts";
import { checkContent, fixture, projectRoot, runScript } from "./run-script.ts";

const workspace = mkdtempSync(path.join(tmpdir(), "distretto-notiziario-"));
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

const DAY = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);

function write(content: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
  writeFileSync(path.join(content, file), text);
}

/** An article `days` ago (negative: to come), in the folder of its year. */
function article(content: string, slug: string, days: number, extra = ""): string {
  const date = daysFromNow(-days);
  const id = `${romeYear(date)}/${slug}`;
  write(
    content,
    `news/${id}.md`,
    `---\ntitle: "Notizia ${slug}"\ndescription: "Una notizia."\npubDate: ${toRomeDateTime(date)}\n${extra}---\n\nTesto.\n`,
  );
  return id;
}

function event(content: string, slug: string, days: number, extra = "") {
  write(
    content,
    `events/${slug}.md`,
    `---\ntitle: "Evento ${slug}"\ndescription: "Un evento."\nstart: ${toIsoDay(daysFromNow(days))}\nonline: "https://riunioni.example/${slug}"\n${extra}---\n\nTesto.\n`,
  );
}

/** The clean fixture with articles and events around today. */
function contentFolder(name: string) {
  const content = path.join(workspace, name);
  cpSync(path.join(projectRoot, fixture("clean")), content, { recursive: true });
  const ids = {
    recent: article(content, "recente", 3),
    older: article(content, "vecchia", 45),
    draft: article(content, "in-bozza", 2, "draft: true\n"),
  };
  event(content, "tra-due-settimane", 14);
  event(content, "tra-dieci-settimane", 70);
  event(content, "annullato", 7, "cancelled: true\n");
  event(content, "bozza", 10, "draft: true\n");
  return { content, ids };
}

const newsletter = (content: string) =>
  runScript("scripts/editors/newsletter/new-issue.ts", [], { CONTENT_DIR: content });
const issueFile = (content: string, number: number) =>
  path.join(content, "newsletter", `${number}.md`);

describe("npm run newsletter", () => {
  it("writes the first issue as a draft with the last 30 days' articles and the coming weeks' events", () => {
    const { content, ids } = contentFolder("primo");
    const run = newsletter(content);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(issueFile(content, 1));
    const text = readFileSync(issueFile(content, 1), "utf8");
    expect(text).toContain(`articles:\n  - ${ids.recent}\nevents:\n  - tra-due-settimane\n`);
    expect(text).toMatch(/^subject: "Notiziario del distretto n\. 1, /m);
    expect(text).toContain(
      'preheader: "In questo numero: Notizia recente; Evento tra-due-settimane."',
    );
    expect(text).toContain("draft: true");
    const check = checkContent(content);
    expect(check.stdout, check.stdout).toContain("0 errori, 0 avvisi");
  });

  it("writes no second issue while the newest is a draft, nor one with nothing new", () => {
    const { content, ids } = contentFolder("due-volte");
    newsletter(content);
    const again = newsletter(content);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Il numero 1");
    expect(again.stdout).toContain("è ancora una bozza");
    expect(existsSync(issueFile(content, 2))).toBe(false);

    // Published (two days ago), the issue covers everything there is: nothing new.
    const first = issueFile(content, 1);
    const published = readFileSync(first, "utf8")
      .replace("draft: true\n", "")
      .replace(/^pubDate: \S+/m, `pubDate: ${toIsoDay(daysFromNow(-2))}`);
    writeFileSync(first, published);
    const nothing = newsletter(content);
    expect(nothing.status).toBe(0);
    expect(nothing.stdout).toContain("nessun numero scritto");
    expect(existsSync(issueFile(content, 2))).toBe(false);

    // A new article makes issue 2, with it alone: nothing the first issue presented.
    const latest = article(content, "nuova", 1);
    const second = newsletter(content);
    expect(second.status, second.output).toBe(0);
    const text = readFileSync(issueFile(content, 2), "utf8");
    expect(text).toContain(`articles:\n  - ${latest}\nevents: []\n`);
    expect(text).not.toContain(ids.recent);
  });
});
