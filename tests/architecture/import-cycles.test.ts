import path from "node:path";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/**
 * Every import cycle among the modules under `folders`, as lists of files, found by
 * dependency-cruiser. Type-only imports count: a cycle of types is still two modules that cannot
 * be read apart (the last one in this tree was `event-data.ts` taking its types from the gateway
 * that imports it). `.astro` files are listed but not parsed (dependency-cruiser reads no Astro),
 * which loses nothing: src/lib/ imports no component, so a cycle through one would have to run
 * through components alone.
 */
async function importCycles(folders: string[]): Promise<string[][]> {
  const { output } = await cruise(
    folders,
    {
      baseDir: projectRoot,
      tsPreCompilationDeps: true,
      extraExtensionsToScan: [".astro"],
      doNotFollow: { path: "node_modules" },
      validate: true,
      ruleSet: {
        forbidden: [{ name: "no-circular", severity: "error", from: {}, to: { circular: true } }],
      },
    },
    {},
    { tsConfig: { fileName: path.join(projectRoot, "tsconfig.json") } },
  );
  const { modules } = output as ICruiseResult;
  const cycles = new Set<string>();
  for (const module of modules) {
    for (const dependency of module.dependencies) {
      if (!dependency.circular) continue;
      const cycle = dependency.cycle?.map((step) => step.name) ?? [];
      // Each cycle is found from each of its modules: keep it once, from its first file by name.
      const start = cycle.indexOf([...cycle].sort()[0] ?? "");
      cycles.add(JSON.stringify([...cycle.slice(start), ...cycle.slice(0, start)]));
    }
  }
  return [...cycles].map((cycle) => JSON.parse(cycle) as string[]);
}

describe("the modules", () => {
  it("of src/ and scripts/ import each other in no cycle", async () => {
    expect(await importCycles(["src", "scripts"])).toEqual([]);
  });

  it("in a cycle are found, type-only imports included", async () => {
    expect(await importCycles(["tests/fixtures/import-cycle"])).toEqual([
      ["tests/fixtures/import-cycle/first.ts", "tests/fixtures/import-cycle/second.ts"],
    ]);
  });
});
