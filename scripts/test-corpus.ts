/**
 * npm run test:corpus -- --corpus <dir>: the tests that need the external
 * real-data corpora (vitest.corpus.config.ts, `*.corpus.test.ts`). Without the
 * folder it fails at once, naming it, so a missing corpus never reads as green.
 * Ends with one line: "corpus tests: N passed, N failed, N skipped".
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { childEnv } from "../lib/env";
import { vitestCounts } from "../lib/testing/summarize-results";

const { values, positionals } = parseArgs({ options: { corpus: { type: "string" } }, allowPositionals: true });
const summary = (passed: number, failed: number, skipped: number) => console.log(`\ncorpus tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);

if (!values.corpus) {
  console.error("test:corpus needs the corpus folder: npm run test:corpus -- --corpus <dir> (e.g. ../shared/data)");
  summary(0, 1, 0);
  process.exit(1);
}
const dir = path.resolve(values.corpus);
if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
  console.error(`test:corpus: no corpus folder at ${dir}`);
  summary(0, 1, 0);
  process.exit(1);
}

// The counting reporter writes here (failed imports and hooks count as failures, as in npm test).
const countsFile = "test-results/vitest-counts.json";
fs.rmSync(countsFile, { force: true });
const result = spawnSync(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--config", "vitest.corpus.config.ts", "--reporter=default", "--reporter=./lib/testing/counting-reporter.ts", ...positionals],
  { stdio: "inherit", env: childEnv({ CORPUS_DIR: dir, NEXT_TELEMETRY_DISABLED: "1" }) },
);
const counts = vitestCounts(countsFile);
if (!counts) {
  summary(0, 1, 0);
  process.exit(1);
}
summary(counts.passed, counts.failed, counts.skipped);
process.exit(result.status === 0 && counts.failed === 0 ? 0 : 1);
