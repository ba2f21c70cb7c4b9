import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Test files that start before all others. */
const STARTED_FIRST = ["tests/code-quality.test.ts"];

/**
 * Vitest's order (the slowest files first, from its cache of earlier runs, or on a fresh clone
 * the largest), with the whole-project tools first: a short file that keeps a core busy for a
 * minute or more, which a fresh clone would start last and wait for alone.
 */
export class WholeProjectToolsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (spec: TestSpecification) =>
      STARTED_FIRST.some((file) => spec.moduleId.endsWith(file));
    return [...sorted.filter(first), ...sorted.filter((spec) => !first(spec))];
  }
}
