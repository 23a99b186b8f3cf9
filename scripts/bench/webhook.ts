/**
 * Gmail webhook bench: the production server (`next start` through
 * scripts/start.ts, as e2e starts it) on its own database, then autocannon at
 * 100 concurrent connections on GET /api/health and on POST
 * /api/webhooks/gmail with valid signed Pub/Sub pushes (a fresh messageId per
 * request, so every one is verified, recorded and turned into an event).
 * Goal: webhook >= 0.5x health req/s and webhook p99 < 50 ms.
 *
 * Run alone with `npm run bench -- webhook`. The server runs under
 * /tmp/fikiri-next.lock (building first if there is no build). DATABASE_URL = a Postgres server (database
 * fikiri_bench_webhook is created there); unset = the embedded PostgreSQL in a temp dir.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { withDatabase } from "../../lib/db/database-url";
import { deployMigrations } from "../../lib/db/migrate";
import { childEnv, env } from "../../lib/env";
import { startGmailSandbox } from "../../lib/gmail-sandbox/start-gmail-sandbox";

export const name = "webhook";

const PORT = 3213;
const CONNECTIONS = 100;
const DURATION_S = 10;
const AUDIENCE = "https://bench.fikiri.local/api/webhooks/gmail";
const ACCOUNT = "gmail-push@fikiri-bench.iam.gserviceaccount.com";

async function benchDatabase(log: (s: string) => void): Promise<string | undefined> {
  if (!env.DATABASE_URL) {
    log("DATABASE_URL unset: embedded PostgreSQL");
    return undefined;
  }
  const admin = new pg.Client({ connectionString: env.DATABASE_URL });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS "fikiri_bench_webhook" WITH (FORCE)');
  await admin.query('CREATE DATABASE "fikiri_bench_webhook"');
  await admin.end();
  const url = withDatabase(env.DATABASE_URL, "fikiri_bench_webhook");
  await deployMigrations({ url });
  return url;
}

async function startServer(databaseUrl: string | undefined, appEnv: Record<string, string>, log: (s: string) => void): Promise<ChildProcess> {
  const embeddedDir = databaseUrl ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), "fikiri-bench-pg-"));
  // As root the server runs as the user postgres, which must be able to enter the folder.
  if (embeddedDir) fs.chmodSync(embeddedDir, 0o755);
  // The lock is held for the server's life, so nobody rebuilds .next under it; a missing build is made first.
  const script = `test -f .next/BUILD_ID || node node_modules/next/dist/bin/next build >&2 || exit 3; exec "${process.execPath}" node_modules/tsx/dist/cli.mjs scripts/start.ts`;
  const child = spawn("flock", ["/tmp/fikiri-next.lock", "sh", "-c", script], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    env: childEnv({
      ...appEnv,
      DATABASE_URL: databaseUrl ?? "",
      ...(embeddedDir ? { EMBEDDED_DB_DIR: path.join(embeddedDir, "postgres") } : {}),
      EMBEDDED_DB_PORT: "54391",
      DEMO_MAILBOX: "off",
      PORT: String(PORT),
      APP_URL: `http://localhost:${PORT}`,
      NODE_ENV: "production",
      // Events pile up unprocessed: this measures the acknowledgement, not the sync.
      JOBS_DISABLED: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      REDIS_URL: "",
      AUTH_SECRET: "bench-only-auth-secret-0123456789abcdef",
      ENCRYPTION_KEYS: "bench:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      // No mail server in the bench: a production server starts only when told to keep emails in the database.
      MAIL_TRANSPORT: "outbox",
    }),
  });
  for (let i = 0; i < 3600; i++) {
    if (child.exitCode !== null) throw new Error(child.exitCode === 3 ? "`next build` failed" : "the app exited before answering /api/health");
    if (i % 60 === 59) log("waiting for /tmp/fikiri-next.lock, the build or the server");
    if (await fetch(`http://localhost:${PORT}/api/health`).then((r) => r.ok).catch(() => false)) {
      log(`app up on port ${PORT}`);
      return child;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the app did not start within an hour");
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(opts: autocannon.Options): Promise<Figures> {
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...opts });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

export async function run(ctx: { log?: (s: string) => void } = {}): Promise<{ ok: boolean; health: Figures; webhook: Figures }> {
  const log = ctx.log ?? ((s: string) => console.log(`[bench:webhook] ${s}`));
  const sandbox = await startGmailSandbox({ pushAudience: AUDIENCE, pushServiceAccount: ACCOUNT });
  let child: ChildProcess | undefined;
  try {
    const databaseUrl = await benchDatabase(log);
    child = await startServer(databaseUrl, { GMAIL_PUSH_JWKS_URL: sandbox.jwksUrl, GMAIL_PUSH_AUDIENCE: AUDIENCE, GMAIL_PUSH_SERVICE_ACCOUNT: ACCOUNT }, log);
    const base = `http://localhost:${PORT}`;
    const token = await sandbox.signPushToken({}, { expiresInSeconds: 3600 });
    let seq = 0;
    const pushBody = () => {
      seq++;
      const data = Buffer.from(JSON.stringify({ emailAddress: `bench${seq % 50}@bench.test`, historyId: 1_000_000 + seq })).toString("base64");
      const id = `bench-${process.pid}-${seq}`;
      return JSON.stringify({ message: { data, messageId: id, message_id: id, publishTime: new Date().toISOString() }, subscription: "projects/bench/subscriptions/gmail" });
    };
    const webhookOptions: autocannon.Options = {
      url: `${base}/api/webhooks/gmail`,
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      requests: [{ setupRequest: (req) => ({ ...req, body: pushBody() }) }],
    };

    log("warming up");
    await load({ url: `${base}/api/health`, duration: 3 });
    await load({ ...webhookOptions, duration: 3 });
    log(`GET /api/health: ${CONNECTIONS} connections for ${DURATION_S} s`);
    const health = await load({ url: `${base}/api/health` });
    log(`POST /api/webhooks/gmail: ${CONNECTIONS} connections for ${DURATION_S} s`);
    const webhook = await load(webhookOptions);

    const ratio = webhook.rps / health.rps;
    const ok = ratio >= 0.5 && webhook.p99 < 50 && webhook.non2xx === 0 && webhook.errors === 0;
    console.log(`\nGmail webhook bench (${CONNECTIONS} connections, ${DURATION_S} s each, ${databaseUrl ? "Postgres" : "embedded PostgreSQL"}, ${os.cpus().length} CPUs)`);
    console.log("endpoint                    req/s     p50 ms   p99 ms   non-2xx  errors");
    for (const [label, f] of [["GET /api/health", health], ["POST /api/webhooks/gmail", webhook]] as const) {
      console.log(`${label.padEnd(26)} ${f.rps.toFixed(0).padStart(6)} ${f.p50.toFixed(1).padStart(9)} ${f.p99.toFixed(1).padStart(8)} ${String(f.non2xx).padStart(9)} ${String(f.errors).padStart(7)}`);
    }
    console.log(`webhook/health req/s ratio: ${ratio.toFixed(2)} (goal >= 0.5); webhook p99 ${webhook.p99.toFixed(1)} ms (goal < 50 ms) -> ${ok ? "ok" : "MISSED"}`);
    return { ok, health, webhook };
  } finally {
    if (child?.pid) {
      // The server runs in its own process group (flock -> tsx -> next): end the group.
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
    await sandbox.stop();
  }
}

