/**
 * `npm run newsletter:send -- <numero> [--test <indirizzo>] [--schedule <data e ora>]`: puts
 * the built issue into listmonk as a draft campaign (created, or updated while still a draft),
 * sends listmonk's test message, or schedules it. listmonk sends; this project never does.
 * README, «Inviare il notiziario».
 */
import { publishCampaign } from "./publish-campaign.ts";
import { SendError } from "./send-messages.ts";
import { readSendOptions } from "./send-options.ts";

try {
  const report = await publishCampaign(readSendOptions(process.argv.slice(2), process.env));
  console.log(report.join("\n"));
} catch (error) {
  if (!(error instanceof SendError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
