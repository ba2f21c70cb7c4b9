import { describe, expect, it } from "vitest";
import { nearestAddress } from "./nearest-address.ts";

const members = ["/membri/csmt-gestione/", "/membri/officina-alfa/", "/membri/kilometro-rosso/"];

describe("nearestAddress", () => {
  it("finds the page whose name begins with the shortened name", () => {
    expect(nearestAddress("/membri/csmt/", members)).toBe("/membri/csmt-gestione/");
  });

  it("finds the page whose name holds every word written, in any place", () => {
    expect(nearestAddress("/membri/rosso/", members)).toBe("/membri/kilometro-rosso/");
    expect(nearestAddress("/membri/gestione-csmt/", members)).toBe("/membri/csmt-gestione/");
  });

  it("prefers the page with the fewest words more", () => {
    const pages = ["/distretto/come-aderire-oggi/", "/distretto/come-aderire/"];
    expect(nearestAddress("/distretto/aderire/", pages)).toBe("/distretto/come-aderire/");
  });

  it("finds a typo's page by edit distance", () => {
    expect(nearestAddress("/membri/officina-alfo/", members)).toBe("/membri/officina-alfa/");
  });

  it("guesses nothing when no page is near", () => {
    expect(nearestAddress("/membri/fiat/", members)).toBe(undefined);
  });
});
