/**
 * CRM bench: seeds one workspace with 100,000 contacts, 20,000 companies,
 * 10,000 deals and 1,000,000 emails (plus three smaller workspaces) by bulk
 * SQL, then measures p50/p95 of the contact list, the deal board, a record
 * page and search over HTTP, interleaved with /api/health in the same run.
 *
 * Suite contract (scripts/bench.ts): `name` and `run(ctx)`. Alone:
 *   DATABASE_URL=postgresql://… npm run bench:crm        (needs `next build` first)
 * which creates database fikiri_bench_crm, starts the built app on it and
 * prints the figures. With ctx.baseUrl + ctx.databaseUrl it seeds that
 * database and measures that server instead.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import pg from "pg";
import { withDatabase } from "../../lib/db/database-url";
import { deployMigrations } from "../../lib/db/migrate";
import { childEnv, env } from "../../lib/env";
import { searchTerms, seedWorkspaceSql, type SeedSize } from "./crm-seed.sql";

export const name = "crm";

const MAIN: SeedSize = { contacts: 100_000, companies: 20_000, deals: 10_000, emails: 1_000_000 };
const OTHER: SeedSize = { contacts: 10_000, companies: 2_000, deals: 1_000, emails: 50_000 };
const API_KEY = "fk_live_BenchCrmKey0000000000000000000000".slice(0, 40);
const GOALS: Record<string, number> = { "contact list": 50, "deal board": 50, "record page": 50, search: 150 };

export async function seedCrmBench(url: string, log: (s: string) => void): Promise<void> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const t0 = Date.now();
  try {
    await db.query("SET synchronous_commit = off");
    await db.query("SET maintenance_work_mem = '256MB'");
    await db.query(`DELETE FROM "Workspace" WHERE id LIKE 'bench_ws_%'`);
    await db.query(`DELETE FROM "User" WHERE id = 'bench_user'`);
    await db.query(`INSERT INTO "User" (id, email, name, "emailVerified", "createdAt", "updatedAt") VALUES ('bench_user', 'bench-owner@bench.test', 'Bench Owner', now(), now(), now())`);
    await db.query(`INSERT INTO "Workspace" (id, name, slug, "createdAt", "updatedAt") SELECT 'bench_ws_' || w, 'Bench ' || w, 'bench-crm-' || w, now(), now() FROM generate_series(0, 3) w`);
    await db.query(`INSERT INTO "Membership" (id, "workspaceId", "userId", role, "createdAt", "updatedAt") SELECT 'bench_m_' || w, 'bench_ws_' || w, 'bench_user', 'OWNER', now(), now() FROM generate_series(0, 3) w`);
    await db.query(`INSERT INTO "ApiKey" (id, "workspaceId", name, prefix, "keyHash", scopes, "createdById", "createdAt") VALUES ('bench_key', 'bench_ws_0', 'bench', $1, $2, ARRAY['crm.read','crm.write'], 'bench_user', now())`, [API_KEY.slice(0, 12), createHash("sha256").update(API_KEY).digest("hex")]);
    // API keys need a plan with API access; Business allows 1,200 requests a minute, above the ~900 this bench sends.
    await db.query(
      `INSERT INTO "BillingAccount" (id, "workspaceId", plan, "currentPeriodStart", "currentPeriodEnd", "updatedAt") VALUES ('bench_billing', 'bench_ws_0', 'BUSINESS', now(), now() + interval '30 days', now())`,
    );
    // The email search index is built once after the bulk insert (faster than maintaining it row by row).
    await db.query(`DROP INDEX IF EXISTS "MailMessage_search_fts_idx"`);
    for (let w = 0; w < 4; w++) {
      const size = w === 0 ? MAIN : OTHER;
      const t = Date.now();
      for (const sql of seedWorkspaceSql(w, size)) await db.query(sql);
      log(`seeded workspace ${w}: ${size.contacts} contacts, ${size.companies} companies, ${size.deals} deals, ${size.emails} emails in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    const t = Date.now();
    await db.query(`CREATE INDEX "MailMessage_search_fts_idx" ON "MailMessage" USING gin (to_tsvector('simple', coalesce("subject", '') || ' ' || coalesce("fromName", '') || ' ' || coalesce("fromAddress", '')))`);
    await db.query("ANALYZE");
    log(`email search index + ANALYZE in ${((Date.now() - t) / 1000).toFixed(1)} s; seeding took ${((Date.now() - t0) / 1000).toFixed(1)} s in all`);
  } finally {
    await db.end();
  }
}

async function startServer(databaseUrl: string, port: number, dev: boolean, log: (s: string) => void): Promise<{ baseUrl: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", dev ? "scripts/dev.ts" : "scripts/start.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: childEnv({ DATABASE_URL: databaseUrl, PORT: String(port), APP_URL: `http://localhost:${port}`, NODE_ENV: dev ? "development" : "production", JOBS_DISABLED: "1", LOG_LEVEL: "warn", REDIS_URL: "", AUTH_SECRET: "bench-only-auth-secret-0123456789abcdef", ENCRYPTION_KEYS: "bench:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=" }),
  });
  const baseUrl = `http://localhost:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error("the app exited; run `next build` first");
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok).catch(() => false)) {
      log(`app up at ${baseUrl}`);
      return { baseUrl, child };
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  child.kill();
  throw new Error("the app did not start within 300 s");
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function measure(baseUrl: string, log: (s: string) => void): Promise<Record<string, { p50: number; p95: number; n: number }>> {
  const headers = { authorization: `Bearer ${API_KEY}` };
  const get = async (path: string) => {
    const t = performance.now();
    const res = await fetch(`${baseUrl}${path}`, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return performance.now() - t;
  };
  // Cursors deep into the list, so pages other than the first are measured too.
  const cursors: (string | null)[] = [null];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page = (await (await fetch(`${baseUrl}/api/v1/crm/contacts?limit=50${cursor ? `&cursor=${cursor}` : ""}`, { headers })).json()) as { nextCursor: string | null };
    cursor = page.nextCursor;
    cursors.push(cursor);
  }
  const terms = searchTerms();
  let n = 0;
  const pick = <T>(xs: T[]) => xs[n++ % xs.length]!;
  const sorts = ["", "&sort=name&dir=asc", "&sort=createdAt", "&sort=leadScore"];
  const probes: Record<string, () => string> = {
    health: () => "/api/health",
    "contact list": () => {
      const c = pick(cursors);
      return c && n % 2 ? `/api/v1/crm/contacts?limit=50&cursor=${c}` : `/api/v1/crm/contacts?limit=50${pick(sorts)}`;
    },
    "deal board": () => "/api/v1/crm/pipeline",
    "record page": () => `/api/v1/crm/contacts/ct_0_${1 + ((n++ * 7919) % MAIN.contacts)}`,
    search: () => `/api/v1/crm/search?q=${encodeURIComponent(pick(terms))}`,
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(probes).map((k) => [k, []]));
  const rounds = 200;
  for (let r = 0; r < rounds + 20; r++) {
    for (const [label, path] of Object.entries(probes)) {
      const ms = await get(path());
      if (r >= 20) samples[label]!.push(ms);
    }
    if (r % 50 === 0) log(`measuring: round ${r}/${rounds + 20}`);
  }
  return Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, { p50: percentile(xs, 50), p95: percentile(xs, 95), n: xs.length }]));
}

function report(results: Record<string, { p50: number; p95: number; n: number }>): boolean {
  const health = results.health!;
  let ok = true;
  console.log("\nCRM bench (sequential requests, interleaved; ms)");
  console.log("endpoint        p50     p95   p95/health   goal p95   result");
  for (const [label, r] of Object.entries(results)) {
    const goal = GOALS[label];
    const pass = goal === undefined || r.p95 <= goal;
    ok &&= pass;
    console.log(`${label.padEnd(14)} ${r.p50.toFixed(1).padStart(6)} ${r.p95.toFixed(1).padStart(7)} ${(r.p95 / health.p95).toFixed(1).padStart(9)}x ${goal === undefined ? "         -" : `${String(goal).padStart(10)}`}   ${goal === undefined ? "" : pass ? "ok" : "OVER"}`);
  }
  return ok;
}

export async function run(ctx: { baseUrl?: string; databaseUrl?: string; dev?: boolean; log?: (s: string) => void } = {}): Promise<{ ok: boolean; results: Record<string, { p50: number; p95: number; n: number }> }> {
  const log = ctx.log ?? ((s: string) => console.log(`[bench:crm] ${s}`));
  let child: ChildProcess | undefined;
  try {
    let databaseUrl = ctx.databaseUrl;
    let baseUrl = ctx.baseUrl;
    if (!databaseUrl) {
      if (!env.DATABASE_URL) throw new Error("Set DATABASE_URL to a Postgres server (the bench needs real Postgres).");
      const admin = new pg.Client({ connectionString: env.DATABASE_URL });
      await admin.connect();
      await admin.query('DROP DATABASE IF EXISTS "fikiri_bench_crm" WITH (FORCE)');
      await admin.query('CREATE DATABASE "fikiri_bench_crm"');
      await admin.end();
      databaseUrl = withDatabase(env.DATABASE_URL, "fikiri_bench_crm");
      await deployMigrations({ url: databaseUrl });
    }
    await seedCrmBench(databaseUrl, log);
    // --dev measures `next dev` instead of the production build (slower; for when no build is available).
    if (!baseUrl) ({ baseUrl, child } = await startServer(databaseUrl, env.PORT === 3000 ? 3211 : env.PORT, !!ctx.dev, log));
    if (ctx.dev) log("measuring next dev, not a production build: expect higher figures");
    const results = await measure(baseUrl, log);
    return { ok: report(results), results };
  } finally {
    child?.kill("SIGTERM");
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run({ dev: process.argv.includes("--dev") })
    .then(({ ok }) => process.exit(ok ? 0 : 1))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
