import { describe, expect, it } from "vitest";
import { closeContexts, sharedBrowser } from "./support/browser";

describe("the worker's shared Chromium", () => {
  it("is the same browser for the next file, with nothing the last one left open", async () => {
    const browser = await sharedBrowser();
    await browser.newContext();
    await closeContexts(browser);
    expect(browser.contexts()).toEqual([]);
    expect(await sharedBrowser()).toBe(browser);
  });

  it("is launched again when a file closed it", async () => {
    const closed = await sharedBrowser();
    await closed.close();
    const next = await sharedBrowser();
    expect(next).not.toBe(closed);
    expect(next.isConnected()).toBe(true);
  });
});
