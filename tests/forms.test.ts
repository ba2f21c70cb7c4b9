import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { t } from "../src/i18n/it";
import { routes } from "../src/routes";
import { site as settings } from "../src/site";
import { openPage, siteInBrowser } from "./support/browser";
import { FORM_RECEIVER_PORT, fixtureDist, fixtureEnvironment } from "./support/build-site";
import { startFormReceiver, type ReceiverBehaviour } from "./support/form-receiver";

const site = siteInBrowser(fixtureDist);
let receiver: Awaited<ReturnType<typeof startFormReceiver>>;

beforeAll(async () => {
  receiver = await startFormReceiver(FORM_RECEIVER_PORT);
});
afterAll(async () => {
  // Still undefined if beforeAll failed.
  await (receiver as typeof receiver | undefined)?.close();
});
beforeEach(() => {
  receiver.received.length = 0;
});
afterEach(() => {
  receiver.behave("ok");
});

async function fillJoinForm(page: Page) {
  await page.getByLabel(/^Nome dell’organizzazione/).fill("Officina Nuova & C. Srl");
  await page.getByLabel(/^Tipo di organizzazione/).selectOption("impresa");
  await page.getByLabel(/^Provincia/).selectOption("LC");
  await page.getByLabel(/^Sito web/).fill("https://officina-nuova.example");
  await page.getByLabel(/^Persona di riferimento/).fill("Maria Prova");
  await page.getByLabel(/^E-mail/).fill("maria@officina-nuova.example");
  await page.getByLabel(/^Telefono/).fill("+39 035 000000");
  await page.getByLabel(/^Messaggio/).fill("Vorremmo aderire al distretto.");
  await page.getByLabel(/^Ho letto l’informativa/).check();
}

const expectedJoinFields = {
  modulo: "adesione",
  organizzazione: "Officina Nuova & C. Srl",
  tipo: "impresa",
  provincia: "LC",
  sito: "https://officina-nuova.example",
  referente: "Maria Prova",
  email: "maria@officina-nuova.example",
  telefono: "+39 035 000000",
  gruppo: "",
  messaggio: "Vorremmo aderire al distretto.",
  privacy: "accettata",
};

describe("the join form", () => {
  it("sends every field in the page and confirms, without leaving it", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/aderisci/`);
    await fillJoinForm(page);
    await page.getByRole("button", { name: t.joinSubmit }).click();
    await expect
      .poll(() => page.locator("form[data-enhanced-form] [role=status]").textContent())
      .toContain(t.joinThanks);
    expect(new URL(page.url()).pathname).toBe("/aderisci/");
    expect(receiver.received).toEqual([{ path: "/adesione", fields: expectedJoinFields }]);
  });

  it("drops what a bot writes in the hidden field, and still thanks it", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/aderisci/`);
    await fillJoinForm(page);
    await page.locator('input[name="controllo"]').evaluate((input) => {
      (input as HTMLInputElement).value = "http://spam.example";
    });
    await page.getByRole("button", { name: t.joinSubmit }).click();
    await expect
      .poll(() => page.locator("form[data-enhanced-form] [role=status]").textContent())
      .toContain("stata inviata");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toEqual([]);
  });

  it("still arrives as a plain POST when JavaScript is off", async () => {
    const { page } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/aderisci/`);
    await fillJoinForm(page);
    await page.getByRole("button", { name: t.joinSubmit }).click();
    await page.waitForURL(`http://127.0.0.1:${FORM_RECEIVER_PORT}/adesione`);
    expect(receiver.received).toEqual([
      { path: "/adesione", fields: { ...expectedJoinFields, controllo: "" } },
    ]);
  });

  it("opens with the working group chosen when a group's page led to it, and sends it", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}${routes.join({ group: "filiera-e-competenze" })}`);
    const group = page.getByLabel(/^Gruppo di lavoro che ti interessa/);
    expect(await group.inputValue()).toBe("filiera-e-competenze");
    await fillJoinForm(page);
    await page.getByRole("button", { name: t.joinSubmit }).click();
    await expect
      .poll(() => page.locator("form[data-enhanced-form] [role=status]").textContent())
      .toContain("stata inviata");
    expect(receiver.received).toEqual([
      { path: "/adesione", fields: { ...expectedJoinFields, gruppo: "filiera-e-competenze" } },
    ]);
  });

  it("ignores a group in the address that the form does not offer", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/aderisci/?gruppo=tavolo-concluso`);
    expect(await page.getByLabel(/^Gruppo di lavoro che ti interessa/).inputValue()).toBe("");
  });

  it("explains a missing or malformed field in Italian and sends nothing", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/aderisci/`);
    await page.getByLabel(/^E-mail/).fill("non-una-mail");
    await page.getByRole("button", { name: t.joinSubmit }).click();
    const message = (label: RegExp) =>
      page.getByLabel(label).evaluate((field) => (field as HTMLInputElement).validationMessage);
    expect(await message(/^Nome dell’organizzazione/)).toBe("Compila questo campo.");
    expect(await message(/^E-mail/)).toBe(
      "Scrivi un indirizzo e-mail valido, per esempio nome@azienda.it.",
    );
    expect(receiver.received).toEqual([]);
  });
});

/** What the join form holds now, as it would be sent. */
const joinFormValues = (page: Page) =>
  page.locator("form[data-enhanced-form]").evaluate((form) => {
    const values = Object.fromEntries(new FormData(form as HTMLFormElement)) as Record<
      string,
      string
    >;
    delete values["controllo"];
    return values;
  });

const FAILED_REQUEST = /^Failed to load resource|blocked by CORS policy|net::ERR_FAILED/;

/** Opens /aderisci/ with the service failing as `behaviour` says, fills the form and sends it. */
async function sendJoinFormTo(behaviour: ReceiverBehaviour) {
  receiver.behave(behaviour);
  // The console reports the failed request itself, and must report nothing else.
  const watched = await openPage(site.browser, {}, { expectedErrors: FAILED_REQUEST });
  const { page } = watched;
  // The page's timers run on a clock the test moves, so waiting out the deadline takes no time.
  await page.clock.install();
  await page.goto(`${site.origin}/aderisci/`);
  await fillJoinForm(page);
  await page.getByRole("button", { name: t.joinSubmit }).click();
  return {
    ...watched,
    status: page.locator("form[data-enhanced-form] [role=status]"),
    button: page.getByRole("button", { name: t.joinSubmit }),
  };
}

describe("the join form, when the service fails", () => {
  const writeTo = t.forms.writeToSecretariat(fixtureEnvironment.PUBLIC_CONTACT_EMAIL);
  const errors = t.forms.sendErrors;

  it("stops waiting for a service that never answers, says so, and can be sent again", async () => {
    const { page, status, button } = await sendJoinFormTo("hang");
    await expect.poll(() => status.textContent()).toBe("Invio in corso…");
    expect(await button.isDisabled()).toBe(true);
    await expect.poll(() => receiver.received.length).toBe(1);

    await page.clock.runFor(settings.formTimeoutSeconds * 1000);

    await expect
      .poll(() => status.textContent())
      .toBe(errors.timeout(settings.formTimeoutSeconds, writeTo));
    expect(await status.textContent()).toContain("non sappiamo se la richiesta è arrivata");
    expect(await button.isEnabled()).toBe(true);
    expect(await joinFormValues(page)).toEqual(expectedJoinFields);
  });

  it("says the request did not leave when the service cannot be reached", async () => {
    const { page, status, button } = await sendJoinFormTo("unreachable");
    await expect.poll(() => status.textContent()).toBe(errors.network);
    expect(await status.textContent()).toContain("Controlla la connessione");
    expect(await button.isEnabled()).toBe(true);
    expect(await joinFormValues(page)).toEqual(expectedJoinFields);
    expect(receiver.received).toEqual([]);
  });

  it("says the service refused the request when it answers with a 4xx", async () => {
    const { page, status, button } = await sendJoinFormTo("rejected");
    await expect.poll(() => status.textContent()).toBe(errors.rejected(writeTo));
    expect(await status.textContent()).toContain("ha rifiutato la richiesta");
    expect(await button.isEnabled()).toBe(true);
    expect(await joinFormValues(page)).toEqual(expectedJoinFields);
  });

  it("says the service had a problem when it answers with a 5xx", async () => {
    const { page, status, button } = await sendJoinFormTo("failing");
    await expect.poll(() => status.textContent()).toBe(errors.server(writeTo));
    expect(await status.textContent()).toContain("ha avuto un problema");
    expect(await button.isEnabled()).toBe(true);
    expect(await joinFormValues(page)).toEqual(expectedJoinFields);
  });

  it("says an answer it cannot read means the request probably arrived, and not to send it again", async () => {
    const { page, status, button } = await sendJoinFormTo("no-cors");
    await expect.poll(() => status.textContent()).toBe(errors.unreadable(writeTo));
    expect(await status.textContent()).toMatch(
      /probabilmente arrivata.*Non inviarla di nuovo.*scrivi alla segreteria \(segreteria@distretto-test\.example\)/,
    );
    expect(await button.isEnabled()).toBe(true);
    expect(await joinFormValues(page)).toEqual(expectedJoinFields);
    // It did arrive, once: telling this case apart sent no data a second time.
    expect(receiver.received).toEqual([{ path: "/adesione", fields: expectedJoinFields }]);
  });
});
