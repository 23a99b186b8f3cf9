import fs from "node:fs";
import path from "node:path";
import type { Reporter, TestCase, TestModule, TestSuite } from "vitest/node";
import type { Counts } from "./summarize-results";

type Parent = TestSuite | TestModule;

/** A suite or module whose own code failed (import error, throwing beforeAll/afterAll). */
function hasOwnErrors(entity: Parent): boolean {
  return entity.errors().length > 0;
}

function brokenAncestor(test: TestCase): boolean {
  for (let parent: Parent = test.parent; ; parent = (parent as TestSuite).parent) {
    if (hasOwnErrors(parent)) return true;
    if (parent.type === "module") return false;
  }
}

/**
 * Counts what vitest's own summary hides: a file that fails to import, or a
 * beforeAll that throws, leaves its tests "skipped" with no failed test, so a
 * run could read "0 failed". Here a test skipped under a broken suite counts
 * as failed, a broken module without tests counts once, and so does every
 * unhandled error. Writes { passed, failed, skipped } as JSON.
 */
export function countResults(modules: ReadonlyArray<TestModule>, unhandledErrors: number): Counts {
  const counts: Counts = { passed: 0, failed: unhandledErrors, skipped: 0 };
  for (const testModule of modules) {
    let tests = 0;
    for (const test of testModule.children.allTests()) {
      tests++;
      const state = test.result().state;
      if (state === "passed") counts.passed++;
      else if (state === "failed") counts.failed++;
      else if (test.options.mode !== "skip" && test.options.mode !== "todo" && brokenAncestor(test)) counts.failed++;
      else counts.skipped++;
    }
    if (tests === 0 && hasOwnErrors(testModule)) counts.failed++;
  }
  return counts;
}

export default class CountingReporter implements Reporter {
  constructor(private readonly options: { outputFile?: string } = {}) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    const file = this.options.outputFile ?? "test-results/vitest-counts.json";
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(countResults(modules, unhandledErrors.length)));
  }
}
