/**
 * An issue of the newsletter as the build wrote it: the e-mail's HTML (a whole document, its
 * subject in `<title>`) and its plain-text part, at the addresses src/routes.ts gives them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import { routes } from "../../../src/routes.ts";
import { SendError, sendMessages } from "./send-messages.ts";

export interface BuiltIssue {
  subject: string;
  html: string;
  text: string;
}

function readBuilt(distDir: string, address: string): { file: string; content: string } {
  const file = path.join(distDir, address);
  try {
    return { file, content: readFileSync(file, "utf8") };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new SendError(sendMessages.BuiltFileMissing(file));
    }
    throw error;
  }
}

export function readBuiltIssue(distDir: string, issueNumber: number): BuiltIssue {
  const html = readBuilt(distDir, routes.newsletterEmail(issueNumber));
  const text = readBuilt(distDir, routes.newsletterText(issueNumber));
  const subject = parse(html.content).querySelector("title")?.textContent.trim() ?? "";
  if (!subject) throw new SendError(sendMessages.SubjectMissing(html.file));
  return { subject, html: html.content, text: text.content };
}
