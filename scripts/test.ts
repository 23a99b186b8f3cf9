/**
 * npm test: type-check, lint, unit and integration tests (vitest, real
 * Postgres: DATABASE_URL's server, else one embedded PostgreSQL 18 for the
 * run), production build, and end-to-end tests in Chromium against
 * `next start` (on a fresh database on DATABASE_URL's server, else on an
 * embedded server of their own). Ends with one line:
 * "tests: N passed, N failed, N skipped".
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { childEnv, env } from "../lib/env";
import { withDatabase } from "../lib/db/database-url";
import { deployMigrations } from "../lib/db/migrate";
import { startTestPostgres } from "../lib/testing/start-test-postgres";
import { addCounts, emptyCounts, playwrightCounts, vitestCounts, type Counts } from "../lib/testing/summarize-results";

const only = process.argv.slice(2);
const wants = (stage: string) => only.length === 0 || only.includes(stage);
let totals: Counts = emptyCounts();
const failures: string[] = [];

function run(stage: string, command: string, args: string[], extraEnv: Record<string, string | undefined> = {}): boolean {
  console.log(`\n=== ${stage}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: childEnv({ NEXT_TELEMETRY_DISABLED: "1", ...extraEnv }) });
  const ok = result.status === 0;
  console.log(`=== ${stage}: ${ok ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!ok) failures.push(stage);
  return ok;
}

/** A fresh, migrated database for the end-to-end server on `serverUrl`. */
async function prepareE2eDatabase(serverUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS "fikiri_e2e" WITH (FORCE)');
  await admin.query('CREATE DATABASE "fikiri_e2e"');
  await admin.end();
  const url = withDatabase(serverUrl, "fikiri_e2e");
  await deployMigrations({ url });
  return url;
}

async function main() {
  fs.rmSync("test-results", { recursive: true, force: true });
  fs.mkdirSync("test-results", { recursive: true });
  const node = process.execPath;

  if (wants("typecheck")) {
    // next-env.d.ts imports route types that `next typegen` writes under .next/.
    const typed = run("typegen", node, ["node_modules/next/dist/bin/next", "typegen"]) && run("typecheck", node, ["node_modules/typescript/bin/tsc", "--noEmit"]);
    if (!typed) totals.failed++;
  }
  if (wants("lint") && !run("lint", node, ["node_modules/eslint/bin/eslint.js", "--max-warnings=0", "."])) totals.failed++;

  if (wants("unit")) {
    run("unit+integration", node, ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=./lib/testing/counting-reporter.ts"]);
    const counts = vitestCounts("test-results/vitest-counts.json");
    if (counts) totals = addCounts(totals, counts);
    else totals.failed++;
  }

  if (wants("e2e")) {
    if (!fs.existsSync(env.CHROMIUM_PATH)) {
      console.error(`\n=== e2e: no Chromium at ${env.CHROMIUM_PATH}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
      failures.push("e2e");
      totals.failed++;
    } else if (run("build", node, ["node_modules/next/dist/bin/next", "build"])) {
      const embedded = env.DATABASE_URL ? undefined : await startTestPostgres();
      try {
        const e2eUrl = await prepareE2eDatabase(env.DATABASE_URL ?? embedded!.url);
        run("e2e", node, ["node_modules/@playwright/test/cli.js", "test"], { E2E_DATABASE_URL: e2eUrl });
      } finally {
        await embedded?.stop();
      }
      const counts = playwrightCounts("test-results/e2e.json");
      if (counts) totals = addCounts(totals, counts);
      else totals.failed++;
    } else {
      totals.failed++;
    }
  }

  if (failures.length) console.log(`\nFailed stages: ${failures.join(", ")}`);
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(failures.length || totals.failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed + 1} failed, ${totals.skipped} skipped`);
  process.exit(1);
});
