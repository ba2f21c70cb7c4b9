/**
 * Puts one issue of the newsletter into listmonk as a campaign: a draft created the first time
 * and updated after, found again by its tag. Everything is checked first (the options, both
 * built files, the template, the lists, the campaign's status), so a refusal leaves listmonk as
 * it was; nothing goes to subscribers unless it is scheduled.
 */
import { toRomeDateTime } from "../../../src/lib/text/dates.ts";
import {
  ListmonkError,
  listmonkClient,
  type Campaign,
  type CampaignFields,
  type CampaignStatus,
  type ListmonkClient,
} from "./listmonk-client.ts";
import { readBuiltIssue, type BuiltIssue } from "./built-issue.ts";
import { SendError, sendMessages } from "./send-messages.ts";
import type { SendOptions } from "./send-options.ts";

/** The tag that finds an issue's campaign again, whatever its name has been changed to. */
export const issueTag = (issueNumber: number) => `notiziario-${issueNumber}`;
export const issueCampaignName = (issueNumber: number) => `Notiziario n. ${issueNumber}`;

/** The body is a whole document: the template must add nothing around it. */
const ONLY_CONTENT = /^\{\{-?\s*template\s+"content"\s+\.\s*-?\}\}$/;

/** canEditCampaign in listmonk's cmd/campaigns.go: the others are sent, or being sent. */
const EDITABLE: readonly CampaignStatus[] = ["draft", "scheduled", "paused"];

export const campaignReviewAddress = (url: string, id: number) => `${url}/admin/campaigns/${id}`;

function campaignFields(options: SendOptions, issue: BuiltIssue): CampaignFields {
  return {
    name: issueCampaignName(options.issueNumber),
    subject: issue.subject,
    lists: options.listIds,
    type: "regular",
    content_type: "html",
    body: issue.html,
    altbody: issue.text,
    template_id: options.templateId,
    tags: [issueTag(options.issueNumber)],
    messenger: "email",
    send_at: options.sendAt?.toISOString() ?? null,
  };
}

/** listmonk's refusal in Italian, by what failed; `action` names the call that was refused. */
function explain(error: unknown, options: SendOptions, action: string): unknown {
  if (!(error instanceof ListmonkError)) return error;
  const { url, user } = options.listmonk;
  if (error.failure === "unreachable")
    return new SendError(sendMessages.Unreachable(url, error.detail));
  if (error.failure === "credentials") {
    return new SendError(sendMessages.CredentialsRefused(url, user, error.detail));
  }
  return new SendError(sendMessages.Refused(action, error.status, error.detail));
}

async function checkTemplateAndLists(client: ListmonkClient, options: SendOptions) {
  const notFound = (error: unknown) => error instanceof ListmonkError && error.status === 400;
  const template = await client.template(options.templateId).catch((error: unknown) => {
    throw notFound(error)
      ? new SendError(sendMessages.TemplateNotFound(options.templateId))
      : error;
  });
  if (template.type !== "campaign" || !ONLY_CONTENT.test(template.body.trim())) {
    throw new SendError(sendMessages.TemplateNotOnlyContent(template.id, template.name));
  }
  for (const id of options.listIds) {
    await client.list(id).catch((error: unknown) => {
      throw notFound(error) ? new SendError(sendMessages.ListNotFound(id)) : error;
    });
  }
}

async function findIssueCampaign(client: ListmonkClient, options: SendOptions) {
  const tag = issueTag(options.issueNumber);
  const found = await client.campaignsTagged(tag);
  if (found.length > 1) {
    throw new SendError(
      sendMessages.SeveralCampaigns(
        tag,
        found.map(({ id }) => id),
      ),
    );
  }
  const [campaign] = found;
  if (campaign && !EDITABLE.includes(campaign.status)) {
    const review = campaignReviewAddress(options.listmonk.url, campaign.id);
    throw new SendError(sendMessages.CampaignNotEditable(campaign.id, campaign.status, review));
  }
  return campaign;
}

/** Does what the options ask, and returns what was done, line by line, for the secretariat. */
export async function publishCampaign(options: SendOptions): Promise<string[]> {
  const issue = readBuiltIssue(options.distDir, options.issueNumber);
  const client = listmonkClient(options.listmonk);
  const fields = campaignFields(options, issue);

  let existing: Campaign | undefined;
  try {
    await checkTemplateAndLists(client, options);
    existing = await findIssueCampaign(client, options);
  } catch (error) {
    throw explain(error, options, "la lettura del modello, delle liste e delle campagne");
  }

  const report: string[] = [];
  let campaign: Campaign;
  try {
    campaign = existing
      ? await client.updateCampaign(existing.id, fields)
      : await client.createCampaign(fields);
  } catch (error) {
    throw explain(
      error,
      options,
      existing ? "l'aggiornamento della campagna" : "la creazione della campagna",
    );
  }
  report.push(
    existing
      ? sendMessages.Updated(campaign.id, campaign.status)
      : sendMessages.Created(campaign.id, campaign.status),
  );
  if (existing?.status === "scheduled" && campaign.status === "draft") {
    report.push(sendMessages.Unscheduled());
  }
  const review = sendMessages.Review(campaignReviewAddress(options.listmonk.url, campaign.id));

  // The draft is saved whole by now: a failure from here on says so, and what is left to do.
  const stopAfterSaving = (message: string) =>
    new SendError([...report, message, review].join("\n"));
  const afterSaving = (error: unknown, action: string) => {
    const explained = explain(error, options, action);
    return explained instanceof SendError ? stopAfterSaving(explained.message) : explained;
  };
  if (options.testAddress !== undefined) {
    try {
      await client.sendTest(campaign.id, fields, [options.testAddress]);
    } catch (error) {
      if (error instanceof ListmonkError && error.failure === "refused") {
        throw stopAfterSaving(sendMessages.TestNotSent(error.detail));
      }
      throw afterSaving(error, "il messaggio di prova");
    }
    report.push(sendMessages.TestSent());
  }
  if (options.sendAt !== undefined) {
    if (campaign.status !== "scheduled") {
      try {
        campaign = await client.setStatus(campaign.id, "scheduled");
      } catch (error) {
        throw afterSaving(error, "la programmazione della campagna");
      }
    }
    report.push(sendMessages.Scheduled(toRomeDateTime(options.sendAt)));
  } else {
    report.push(sendMessages.NotStarted());
  }
  report.push(review);
  return report;
}
