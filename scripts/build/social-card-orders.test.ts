import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { routes } from "../../src/routes.ts";
import { takeCardOrders } from "./social-card-orders.ts";

const root = mkdtempSync(path.join(os.tmpdir(), "ordini-schede-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const card = { title: "Motori & batterie", kicker: "Notizie · 4 dicembre 2026", siteName: "Prova" };

describe("the social cards a build asks for", () => {
  it("are read from the list astro build wrote, each to its file in the site", () => {
    const outDir = mkdtempSync(path.join(root, "dist-"));
    const list = path.join(outDir, routes.socialCardOrders());
    writeFileSync(list, JSON.stringify([{ path: "/notizie/2026/motori/card.png", card }]));
    expect(takeCardOrders(outDir)).toEqual([
      { target: path.join(outDir, "notizie/2026/motori/card.png"), card },
    ]);
  });

  it("leave no list behind, since it is not part of the site", () => {
    const outDir = mkdtempSync(path.join(root, "dist-"));
    const list = path.join(outDir, routes.socialCardOrders());
    writeFileSync(list, "[]");
    expect(takeCardOrders(outDir)).toEqual([]);
    expect(existsSync(list)).toBe(false);
  });

  it("stop the build when astro build wrote no list", () => {
    const outDir = mkdtempSync(path.join(root, "dist-"));
    expect(() => takeCardOrders(outDir)).toThrow(/social-card-orders\.json manca/);
  });
});
