/**
 * npm run bench [-- suite ...]: runs every suite in scripts/bench/*.ts (or the
 * named ones). A suite module exports `name` and `run(ctx)`; it starts what it
 * needs, prints its own figures (as ratios to /api/health measured in the same
 * run) and resolves `{ ok }` (false when a goal is missed). Modules without
 * `run` (helpers next to the suites) are skipped.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface Suite {
  name: string;
  run(ctx: { log?: (line: string) => void }): Promise<{ ok: boolean } | void>;
}

const dir = path.resolve("scripts/bench");
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const suites: Suite[] = [];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort()) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as Partial<Suite>;
  if (typeof mod.run !== "function" || typeof mod.name !== "string") continue;
  if (wanted.length === 0 || wanted.includes(mod.name)) suites.push(mod as Suite);
}
if (suites.length === 0) {
  console.error(`no bench suite${wanted.length ? ` named ${wanted.join(", ")}` : ""} in scripts/bench/`);
  process.exit(1);
}

const outcomes: { name: string; ok: boolean; seconds: number; error?: string }[] = [];
for (const suite of suites) {
  const started = Date.now();
  console.log(`\n=== bench: ${suite.name} ===`);
  try {
    const result = await suite.run({ log: (line) => console.log(`[bench:${suite.name}] ${line}`) });
    outcomes.push({ name: suite.name, ok: result?.ok ?? true, seconds: (Date.now() - started) / 1000 });
  } catch (error) {
    console.error(error);
    outcomes.push({ name: suite.name, ok: false, seconds: (Date.now() - started) / 1000, error: error instanceof Error ? error.message : String(error) });
  }
}

console.log("\n=== bench summary ===");
for (const o of outcomes) console.log(`${o.name.padEnd(12)} ${o.ok ? "ok  " : "FAIL"} ${o.seconds.toFixed(0).padStart(5)} s${o.error ? `  ${o.error}` : ""}`);
process.exit(outcomes.every((o) => o.ok) ? 0 : 1);
