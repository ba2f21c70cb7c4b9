import { experimental_AstroContainer as AstroContainer } from "astro/container";
import type { Page, Request } from "playwright-core";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import SubscribeLists from "../src/components/forms/SubscribeLists.astro";
import { t } from "../src/i18n/it";
import { listmonkRoutes } from "../src/lib/newsletter/listmonk";
import { routes } from "../src/routes";
import { openPage, servePublicSiteFrom, siteInBrowser } from "./support/browser";
import {
  FAKE_LISTMONK_PORT,
  FIXTURE_LISTS,
  fixtureDist,
  fixtureEnvironment,
  testEnvironment,
} from "./support/build-site";
import { startFakeServer } from "./support/fake-listmonk/server";
import {
  subscriptionHandlers,
  type SubscriptionState,
} from "./support/fake-listmonk/subscriptions";

const [NEWS, EVENTS] = FIXTURE_LISTS;
const listmonkUrl = fixtureEnvironment.PUBLIC_SUBSCRIBE_ENDPOINT;
/** The `next` the fixture site sends: its public address, which the tests serve from dist/. */
const thanksUrl = new URL(routes.subscribed(), testEnvironment.SITE_URL).href;
const writeTo = t.forms.writeToSecretariat(fixtureEnvironment.PUBLIC_CONTACT_EMAIL);

const site = siteInBrowser(fixtureDist);
let listmonk: Awaited<ReturnType<typeof startFakeServer>>;
const state: SubscriptionState = {
  lists: [],
  subscribers: [],
  settings: { publicSubscription: true, trustedUrls: [] },
};

beforeAll(async () => {
  listmonk = await startFakeServer(subscriptionHandlers(state), FAKE_LISTMONK_PORT);
});
afterAll(async () => {
  // Still undefined if beforeAll failed.
  await (listmonk as typeof listmonk | undefined)?.close();
});
// listmonk set up as the README says: both lists public and double opt-in, the site's origin
// and its thank-you page trusted.
beforeEach(() => {
  state.lists = FIXTURE_LISTS.map(({ uuid, label }) => ({
    uuid,
    name: label,
    type: "public",
    optin: "double",
  }));
  state.subscribers = [];
  state.settings = { publicSubscription: true, trustedUrls: [site.origin, thanksUrl] };
});

const FAILED_REQUEST = /^Failed to load resource|blocked by CORS policy|net::ERR_FAILED/;

/**
 * Opens the home page, whose box holds the updates form, and finds its parts. With JavaScript
 * the page is served from the test's own origin, so that the browser's preflights go to the
 * fake listmonk untouched (Playwright answers them itself once a page routes requests). Without
 * it, the page is served at the site's public address, where listmonk's redirect to the
 * thank-you page lands inside the page's form-action 'self'.
 */
async function openUpdatesBox({ javaScriptEnabled = true } = {}) {
  const watched = await openPage(
    site.browser,
    { javaScriptEnabled },
    { expectedErrors: FAILED_REQUEST },
  );
  const { page } = watched;
  const publicOrigin = new URL(testEnvironment.SITE_URL).origin;
  if (!javaScriptEnabled) {
    await servePublicSiteFrom(page.context(), site.origin);
  }
  await page.goto(`${javaScriptEnabled ? site.origin : publicOrigin}/`);
  const box = page.locator("section[aria-labelledby=aggiornamenti]");
  return {
    ...watched,
    box,
    email: box.getByLabel(/^E-mail/),
    news: box.getByRole("checkbox", { name: NEWS.label }),
    events: box.getByRole("checkbox", { name: EVENTS.label }),
    status: box.locator("[role=status]"),
    submit: () => box.getByRole("button", { name: t.subscribeSubmit }).click(),
  };
}

/** Fills the address, ticks the lists and gives consent. */
async function fill(box: Awaited<ReturnType<typeof openUpdatesBox>>, address: string) {
  await box.email.fill(address);
  await box.events.check();
  await box.box.getByLabel(/^Ho letto l’informativa/).check();
}

/** What the reader wrote is still there: the address and the ticked list. */
async function expectKept(box: Awaited<ReturnType<typeof openUpdatesBox>>, address: string) {
  expect(await box.email.inputValue()).toBe(address);
  expect(await box.events.isChecked()).toBe(true);
  expect(await box.news.isChecked()).toBe(false);
}

describe("the updates form with JavaScript", () => {
  it("subscribes to the lists ticked through listmonk's API and says to confirm from the e-mail", async () => {
    const box = await openUpdatesBox();
    const sent = box.page.waitForRequest(
      (request) => request.method() === "POST" && request.url() === listmonkRoutes.api(listmonkUrl),
    );
    await fill(box, "Lettore@Esempio.example");
    await box.submit();
    await expect.poll(() => box.status.textContent()).toBe(t.subscribeThanks);
    expect(await box.status.textContent()).toContain("apri il link di conferma");
    expect((await sent).postDataJSON()).toEqual({
      email: "Lettore@Esempio.example",
      list_uuids: [EVENTS.uuid],
    });
    expect(state.subscribers).toEqual([
      { email: "lettore@esempio.example", name: "lettore", lists: [EVENTS.uuid] },
    ]);
    expect(await box.email.inputValue()).toBe("");
    expect(await box.box.getByRole("link", { name: /feed RSS/ }).getAttribute("href")).toBe(
      routes.feed(),
    );
  });

  it("asks in Italian for at least one list, and sends nothing until one is ticked", async () => {
    const box = await openUpdatesBox();
    await box.email.fill("lettore@esempio.example");
    await box.box.getByLabel(/^Ho letto l’informativa/).check();
    await box.submit();
    expect(await box.news.evaluate((input) => (input as HTMLInputElement).validationMessage)).toBe(
      t.subscribeListsInvalid,
    );
    expect(state.subscribers).toEqual([]);
    await box.news.check();
    await box.events.check();
    await box.submit();
    await expect.poll(() => box.status.textContent()).toBe(t.subscribeThanks);
    expect(state.subscribers[0]?.lists).toEqual([NEWS.uuid, EVENTS.uuid]);
  });

  it("says when listmonk sent no confirmation, as for an address already subscribed", async () => {
    for (const list of state.lists) list.optin = "single";
    const box = await openUpdatesBox();
    await fill(box, "lettore@esempio.example");
    await box.submit();
    await expect.poll(() => box.status.textContent()).toBe(t.subscribeThanksNoOptin(writeTo));
  });

  it("drops what a bot writes in the hidden field, and still thanks it", async () => {
    const box = await openUpdatesBox();
    await fill(box, "lettore@esempio.example");
    await box.box.locator('input[name="nonce"]').evaluate((input) => {
      (input as HTMLInputElement).value = "http://spam.example";
    });
    await box.submit();
    await expect.poll(() => box.status.textContent()).toBe(t.subscribeThanks);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(state.subscribers).toEqual([]);
  });
});

describe("the updates form, when listmonk refuses", () => {
  const refusals = t.subscribeRefusals;

  /** Sends the box with `address`, once `prepare` has set listmonk or the page up to refuse it. */
  async function refused(
    address: string,
    prepare: (page: Page) => Promise<unknown> = () => Promise.resolve(),
  ) {
    const box = await openUpdatesBox();
    await fill(box, address);
    await prepare(box.page);
    await box.submit();
    return box;
  }

  it("says listmonk refused the address, which the browser let through, and keeps it", async () => {
    // Two dots in a row pass the browser's check of an address, not listmonk's.
    const box = await refused("lettore..doppio@esempio.example");
    await expect.poll(() => box.status.textContent()).toBe(refusals.invalidEmail);
    await expectKept(box, "lettore..doppio@esempio.example");
    expect(state.subscribers).toEqual([]);
  });

  it("says no list was chosen when none reached listmonk", async () => {
    // The ticked box loses its name, so the page sends no list at all.
    const box = await refused("lettore@esempio.example", (page) =>
      page.locator("input[name=l]:checked").evaluate((input) => {
        input.removeAttribute("name");
      }),
    );
    await expect.poll(() => box.status.textContent()).toBe(refusals.noLists);
    expect(await box.email.inputValue()).toBe("lettore@esempio.example");
  });

  it("says the lists take no subscriptions from the site when one has become private", async () => {
    const events = state.lists.find((list) => list.uuid === EVENTS.uuid);
    if (events) events.type = "private";
    const box = await refused("lettore@esempio.example");
    await expect.poll(() => box.status.textContent()).toBe(refusals.closedLists(writeTo));
    await expectKept(box, "lettore@esempio.example");
  });

  it("says subscriptions are suspended while listmonk's public subscription is off", async () => {
    state.settings.publicSubscription = false;
    const box = await refused("lettore@esempio.example");
    await expect.poll(() => box.status.textContent()).toBe(refusals.disabled(writeTo));
    await expectKept(box, "lettore@esempio.example");
  });

  it("gives a refusal it does not know the generic message", async () => {
    const box = await refused("lettore@esempio.example", (page) =>
      page.route(listmonkRoutes.api(listmonkUrl), (route) =>
        route.fulfill({
          status: 400,
          headers: { "Access-Control-Allow-Origin": site.origin },
          contentType: "application/json",
          body: JSON.stringify({ message: "Ungültige E-Mail." }),
        }),
      ),
    );
    await expect.poll(() => box.status.textContent()).toBe(t.forms.sendErrors.rejected(writeTo));
    await expectKept(box, "lettore@esempio.example");
  });

  it("says listmonk had a problem when it answers with a 5xx", async () => {
    const box = await refused("lettore@esempio.example", (page) =>
      page.route(listmonkRoutes.api(listmonkUrl), (route) =>
        route.fulfill({
          status: 500,
          headers: { "Access-Control-Allow-Origin": site.origin },
          contentType: "application/json",
          body: JSON.stringify({ message: "Error processing request. Please retry." }),
        }),
      ),
    );
    await expect.poll(() => box.status.textContent()).toBe(t.forms.sendErrors.server(writeTo));
    await expectKept(box, "lettore@esempio.example");
  });

  it("says nothing was sent when listmonk does not trust the site's origin", async () => {
    // Trusted: the public site's thank-you page, but not the origin this page is served from.
    state.settings.trustedUrls = [thanksUrl];
    const box = await refused("lettore@esempio.example");
    await expect.poll(() => box.status.textContent()).toBe(t.subscribeUnreadable(writeTo));
    await expectKept(box, "lettore@esempio.example");
    // The browser asked leave to send the JSON, was refused it, and sent nothing.
    expect(state.subscribers).toEqual([]);
  });
});

describe("the updates form without JavaScript", () => {
  const isFormPost = (request: Request) =>
    request.method() === "POST" && request.url() === listmonkRoutes.form(listmonkUrl);

  it("posts to listmonk's form route and lands on the site's thank-you page", async () => {
    const box = await openUpdatesBox({ javaScriptEnabled: false });
    const sent = box.page.waitForRequest(isFormPost);
    await fill(box, "lettore@esempio.example");
    await box.news.check();
    await box.submit();
    await box.page.waitForURL(thanksUrl);
    const fields = new URLSearchParams((await sent).postData() ?? "");
    expect(fields.getAll("l")).toEqual([NEWS.uuid, EVENTS.uuid]);
    expect(Object.fromEntries(fields)).toMatchObject({
      email: "lettore@esempio.example",
      nonce: "",
      next: thanksUrl,
      privacy: "accettata",
    });
    expect(await box.page.locator("h1").textContent()).toBe(t.subscribedTitle);
    expect(await box.page.textContent("main")).toContain("finché non confermi");
    expect(state.subscribers).toEqual([
      { email: "lettore@esempio.example", name: "lettore", lists: [NEWS.uuid, EVENTS.uuid] },
    ]);
  });

  it("gives listmonk a filled honeypot, which it refuses as a bot's", async () => {
    const box = await openUpdatesBox({ javaScriptEnabled: false });
    await fill(box, "lettore@esempio.example");
    await box.box.locator('input[name="nonce"]').fill("http://spam.example", { force: true });
    const answer = box.page.waitForResponse((response) => isFormPost(response.request()));
    await box.submit();
    expect((await answer).status()).toBe(502);
    expect(state.subscribers).toEqual([]);
  });
});

describe("the lists of the updates form", () => {
  it("are one hidden field when there is one list, with nothing to tick", async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SubscribeLists, {
      props: { lists: [{ uuid: NEWS.uuid, label: "" }] },
    });
    const fields = parse(html).querySelectorAll("input, fieldset");
    expect(fields.map((field) => field.attributes)).toEqual([
      expect.objectContaining({ type: "hidden", name: "l", value: NEWS.uuid }),
    ]);
  });

  it("are a required choice, one checkbox per list with its label, when there are several", async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SubscribeLists, {
      props: { lists: FIXTURE_LISTS },
    });
    const fieldset = parse(html).querySelector("fieldset");
    expect(fieldset?.querySelector("legend")?.text).toContain(t.subscribeLists);
    expect(
      fieldset?.querySelectorAll("label").map((label) => ({
        label: label.text.trim(),
        ...label.querySelector("input")?.attributes,
      })),
    ).toEqual(
      FIXTURE_LISTS.map(({ uuid, label }) =>
        expect.objectContaining({ label, type: "checkbox", name: "l", value: uuid }),
      ),
    );
  });
});
