import { describe, expect, it } from "vitest";
import {
  choiceCounts,
  filterChoices,
  pagefindFilters,
  type ChosenFilters,
  type FilterCounts,
} from "./search-filters.ts";

type Page = Partial<Record<string, string[]>>;

/** Four pages that match a query, each with its filter values. */
const PAGES: Page[] = [
  { sezione: ["Membri"], provincia: ["Brescia"] },
  { sezione: ["Membri"], provincia: ["Milano"] },
  { sezione: ["Notizie"], anno: ["2026"] },
  { sezione: ["Distretto"] },
];

/** Counts as Pagefind returns them: among the pages every filter keeps, those with each value. */
async function pagefindCounts(filters: Record<string, { any: string[] }>): Promise<FilterCounts> {
  const kept = PAGES.filter((page) =>
    Object.entries(filters).every(([name, { any }]) =>
      any.some((value) => page[name]?.includes(value)),
    ),
  );
  const counts: Record<string, Record<string, number>> = {};
  for (const page of PAGES) {
    for (const [name, values] of Object.entries(page)) {
      for (const value of values ?? []) {
        const group = (counts[name] ??= {});
        group[value] = kept.filter((result) => result[name]?.includes(value)).length;
      }
    }
  }
  return Promise.resolve(counts);
}

const nothing: ChosenFilters = {
  sezione: [],
  argomento: [],
  tipo: [],
  provincia: [],
  anno: [],
  eventi: [],
};

describe("choiceCounts", () => {
  it("gives each value the number of results it has when nothing is ticked", async () => {
    const counts = await choiceCounts(nothing, pagefindCounts);
    expect(counts["sezione"]).toEqual({ Membri: 2, Notizie: 1, Distretto: 1 });
    expect(counts["provincia"]).toEqual({ Brescia: 1, Milano: 1 });
  });

  it("counts a ticked filter's other values as if it were not ticked, and the rest within it", async () => {
    const counts = await choiceCounts({ ...nothing, sezione: ["Membri"] }, pagefindCounts);
    expect(counts["sezione"]).toEqual({ Membri: 2, Notizie: 1, Distretto: 1 });
    expect(counts["anno"]).toEqual({ "2026": 0 });
    expect(counts["provincia"]).toEqual({ Brescia: 1, Milano: 1 });
  });
});

describe("pagefindFilters", () => {
  it("asks for any of a filter's ticked values, leaving out a filter when asked", () => {
    const chosen = { ...nothing, sezione: ["Membri", "Notizie"], anno: ["2026"] };
    expect(pagefindFilters(chosen)).toEqual({
      sezione: { any: ["Membri", "Notizie"] },
      anno: { any: ["2026"] },
    });
    expect(pagefindFilters(chosen, "sezione")).toEqual({ anno: { any: ["2026"] } });
  });
});

describe("filterChoices", () => {
  it("offers the values with results and the ticked ones, years newest first", () => {
    expect(filterChoices("anno", { "2025": 1, "2026": 3, "2024": 0 }, ["2023"])).toEqual([
      { value: "2026", count: 3 },
      { value: "2025", count: 1 },
      { value: "2023", count: 0 },
    ]);
    expect(filterChoices("sezione", { Notizie: 1, Comitato: 2 }, []).map((c) => c.value)).toEqual([
      "Comitato",
      "Notizie",
    ]);
  });
});
