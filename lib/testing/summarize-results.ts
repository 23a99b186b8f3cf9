import fs from "node:fs";

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export const emptyCounts = (): Counts => ({ passed: 0, failed: 0, skipped: 0 });

/** Test counts written by lib/testing/counting-reporter.ts (failed suites and hook failures count as failures). */
export function vitestCounts(file: string): Counts | null {
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, "utf8")) as Counts;
}

/** Test counts from Playwright's JSON reporter output. */
export function playwrightCounts(file: string): Counts | null {
  if (!fs.existsSync(file)) return null;
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  // Top-level errors are failures outside any test (a spec that fails to load, a throwing global setup).
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0), skipped: r.stats.skipped };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}
