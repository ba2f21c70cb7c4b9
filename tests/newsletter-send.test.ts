/**
 * From the build to listmonk: the fixture site's issue 2, as `npm run build` wrote it, handed
 * by `npm run newsletter:send` to the fake listmonk (its own tests: tests/newsletter/).
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { routes } from "../src/routes";
import { fakeCampaignsApi, fakeCampaignsState } from "./support/fake-listmonk/campaigns";
import { startFakeServer } from "./support/fake-listmonk/server";
import { fixtureDist, projectRoot } from "./support/build-site";

const state = fakeCampaignsState({ apiUsers: { "sito-distretto": "token-di-prova" } });
const listmonk = await startFakeServer([fakeCampaignsApi(state)]);
afterAll(async () => {
  await listmonk.close();
});

describe("the newsletter from the build to listmonk", () => {
  it("leaves the built issue in listmonk as one draft campaign, subject and both parts as built", async () => {
    const send = () =>
      promisify(execFile)(process.execPath, ["scripts/editors/newsletter/send.ts", "2"], {
        cwd: projectRoot,
        env: {
          ...process.env,
          DIST_DIR: fixtureDist,
          LISTMONK_URL: listmonk.origin,
          LISTMONK_API_USER: "sito-distretto",
          LISTMONK_API_TOKEN: "token-di-prova",
          LISTMONK_LIST_IDS: "3",
          LISTMONK_TEMPLATE_ID: "5",
        },
      });
    await send();
    await send();
    const built = (address: string) => readFileSync(path.join(fixtureDist, address), "utf8");
    expect(state.campaigns).toEqual([
      expect.objectContaining({
        // The title's entities read back as text; its {{ stays escaped for listmonk's engine.
        subject: 'Notiziario di prova n. 2: i {{ "{{" }} numeri }} del distretto & <altro>',
        body: built(routes.newsletterEmail(2)),
        altbody: built(routes.newsletterText(2)),
        status: "draft",
      }),
    ]);
  });
});
