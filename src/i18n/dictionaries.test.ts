import { describe, expect, it } from "vitest";
import * as en from "./en.ts";
import * as italian from "./it.ts";

/** Every key path of a dictionary, nested ones included: `forms.sendErrors.timeout`. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keyPaths(inner, prefix ? `${prefix}.${key}` : key),
  );
}

// The type check already refuses a missing key (en.ts is declared of the Italian type); this
// also catches a key added to one side through a cast, and a text of the wrong kind.
describe("the dictionaries", () => {
  it.each(["t", "searchText", "memberTypeLabels", "groupStatusLabels", "provinceNames"] as const)(
    "give %s the same keys in Italian and English",
    (name) => {
      expect(keyPaths(en[name]).toSorted()).toEqual(keyPaths(italian[name]).toSorted());
    },
  );
});
