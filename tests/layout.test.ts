import { describe, expect, it } from "vitest";
import { t } from "../src/i18n/it";
import { routes } from "../src/routes";
import { openPage, siteInBrowser } from "./support/browser";
import { fixtureDist } from "./support/build-site";

const site = siteInBrowser(fixtureDist);

describe("the layout in Chromium", () => {
  it("starts the 'In questa pagina' box with its title, with no empty band above it", async () => {
    const { page } = await openPage(site.browser);
    // The fixture's territory page has enough headings for a table of contents.
    await page.goto(`${site.origin}${routes.districtPage("territorio")}`);
    const box = page.getByRole("navigation", { name: t.onThisPage });
    const [boxTop, paddingTop] = await box.evaluate((node) => [
      node.getBoundingClientRect().top,
      parseFloat(getComputedStyle(node).paddingTop),
    ]);
    const title = await box.getByRole("heading", { name: t.onThisPage }).boundingBox();
    expect((title?.y ?? 0) - boxTop).toBeCloseTo(paddingTop, 0);
  });
});
