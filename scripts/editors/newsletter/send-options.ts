/**
 * What `npm run newsletter:send` is asked to do, read from its arguments and the environment
 * and checked before anything is read from listmonk or written to it: every mistake is listed
 * in one run.
 */
import { parseArgs } from "node:util";
import { z } from "astro/zod";
import { isLocalHttp } from "../../../src/lib/site/deploy-settings.ts";
import { DATE_TIME_WITH_OFFSET } from "../../../src/schemas/dates.ts";
import type { ListmonkCredentials } from "./listmonk-client.ts";
import { SendError, sendMessages } from "./send-messages.ts";

export interface SendOptions {
  issueNumber: number;
  listmonk: ListmonkCredentials;
  listIds: number[];
  templateId: number;
  /** The folder `npm run build` wrote. */
  distDir: string;
  /** Where listmonk's test message goes, if one is asked for. */
  testAddress: string | undefined;
  /** When listmonk is to send the campaign, if it is to be scheduled. */
  sendAt: Date | undefined;
}

/** Credentials and ids come from the environment only (repository secrets and variables in CI). */
const REQUIRED_VARIABLES = [
  "LISTMONK_URL",
  "LISTMONK_API_USER",
  "LISTMONK_API_TOKEN",
  "LISTMONK_LIST_IDS",
  "LISTMONK_TEMPLATE_ID",
] as const;

const POSITIVE_INTEGER = /^[1-9]\d*$/;

function listmonkUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const allowed = url.protocol === "https:" || isLocalHttp(url);
  if (!allowed || url.username || url.password || url.search || url.hash) return undefined;
  return url.href.replace(/\/+$/, "");
}

function readArguments(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { test: { type: "string" }, schedule: { type: "string" }, dist: { type: "string" } },
    });
  } catch (error) {
    // parseArgs names the unknown option or the missing value, in English.
    throw new SendError(sendMessages.OptionInvalid(`${(error as Error).message}.`));
  }
}

export function readSendOptions(
  argv: readonly string[],
  env: Partial<Record<string, string>>,
  now = new Date(),
): SendOptions {
  const { values, positionals } = readArguments(argv);
  const problems: string[] = [];
  const [issue, ...extra] = positionals;
  if (issue === undefined) problems.push(sendMessages.IssueNumberMissing());
  else if (!POSITIVE_INTEGER.test(issue) || extra.length > 0) {
    problems.push(sendMessages.IssueNumberInvalid([issue, ...extra].join(" ")));
  }

  const variable = (name: (typeof REQUIRED_VARIABLES)[number]) => env[name]?.trim() ?? "";
  const missing = REQUIRED_VARIABLES.filter((name) => !variable(name));
  if (missing.length > 0) problems.push(sendMessages.VariablesMissing(missing));

  const url = listmonkUrl(variable("LISTMONK_URL"));
  if (variable("LISTMONK_URL") && !url) {
    problems.push(sendMessages.ListmonkUrlInvalid(variable("LISTMONK_URL")));
  }
  const listIds = variable("LISTMONK_LIST_IDS")
    .split(",")
    .map((id) => id.trim());
  if (variable("LISTMONK_LIST_IDS") && !listIds.every((id) => POSITIVE_INTEGER.test(id))) {
    problems.push(sendMessages.ListIdsInvalid(variable("LISTMONK_LIST_IDS")));
  }
  const templateId = variable("LISTMONK_TEMPLATE_ID");
  if (templateId && !POSITIVE_INTEGER.test(templateId)) {
    problems.push(sendMessages.TemplateIdInvalid(templateId));
  }

  const testAddress = values.test?.trim();
  if (testAddress !== undefined && !z.email().safeParse(testAddress).success) {
    problems.push(sendMessages.TestAddressInvalid());
  }
  const schedule = values.schedule?.trim();
  const sendAt = schedule === undefined ? undefined : new Date(schedule);
  if (schedule !== undefined && sendAt !== undefined) {
    if (!DATE_TIME_WITH_OFFSET.test(schedule) || Number.isNaN(sendAt.getTime())) {
      problems.push(sendMessages.ScheduleInvalid(schedule));
    } else if (sendAt <= now) {
      problems.push(sendMessages.ScheduleInPast(schedule));
    }
  }

  if (problems.length > 0) throw new SendError(problems.join("\n"));
  return {
    issueNumber: Number(issue),
    listmonk: {
      url: url ?? "",
      user: variable("LISTMONK_API_USER"),
      token: variable("LISTMONK_API_TOKEN"),
    },
    listIds: [...new Set(listIds.map(Number))],
    templateId: Number(templateId),
    distDir: values.dist ?? (env["DIST_DIR"] || "dist"),
    testAddress,
    sendAt,
  };
}
