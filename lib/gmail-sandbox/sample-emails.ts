import fs from "node:fs";
import path from "node:path";

/**
 * Real labelled emails from the external corpus's emails/ folder (given as
 * `dir`, e.g. from --corpus), picked deterministically: round-robin over the
 * categories (each in path order), so any count gives a stable mix of spam,
 * list mail, business mail, scheduling and so on. Read in place, never copied
 * into the project.
 */
export interface SampleEmail {
  path: string;
  category: string;
  raw: Buffer;
}

export function sampleEmailPaths(count: number, dir: string): { path: string; category: string }[] {
  const rows = fs.readFileSync(path.join(dir, "labels.csv"), "utf8").trim().split(/\r?\n/).slice(1);
  const byCategory = new Map<string, string[]>();
  for (const row of rows) {
    const cells = row.split(",");
    const category = cells[cells.length - 1]!;
    byCategory.set(category, [...(byCategory.get(category) ?? []), cells[0]!]);
  }
  const queues = [...byCategory.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([category, paths]) => ({ category, paths: paths.sort() }));
  const picked: { path: string; category: string }[] = [];
  for (let round = 0; picked.length < count && queues.some((q) => q.paths.length > round); round++) {
    for (const q of queues) if (q.paths[round] && picked.length < count) picked.push({ path: path.join(dir, q.paths[round]!), category: q.category });
  }
  return picked;
}

export function loadSampleEmails(count: number, dir: string): SampleEmail[] {
  return sampleEmailPaths(count, dir).map((e) => ({ ...e, raw: fs.readFileSync(e.path) }));
}
