import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { childEnv, env } from "@/lib/env";
import { deployMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { createPrismaClient } from "@/lib/db/prisma";
import { DEMO_ACCOUNT } from "@/lib/demo/demo-account";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { demoMailboxWanted } from "@/lib/demo/demo-mailbox-config";
import { startDemoMailbox, type DemoMailbox } from "@/lib/demo/start-demo-mailbox";
import { localSecret } from "./local-secret";

/**
 * Starts Next.js (`next dev` or `next start`). With no DATABASE_URL it first
 * starts the embedded PostgreSQL (lib/db/open-database.ts), applies migrations
 * and seeds the demo workspace, and stops the server when Next exits
 * (SIGINT/SIGTERM are passed to Next first).
 */
export async function launchApp(mode: "dev" | "start"): Promise<void> {
  const log = (line: string) => console.log(`[fikiri] ${line}`);
  const database = await openDatabase({ log }).catch((error: unknown) => {
    console.error(`[fikiri] could not start the database: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
  const dataDir = path.dirname(path.resolve(env.EMBEDDED_DB_DIR));
  let shuttingDown = false;
  let demoMailbox: DemoMailbox | null = null;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    await demoMailbox?.stop().catch(() => {});
    await database.close().catch(() => {});
    process.exit(code);
  };

  const authSecret = env.AUTH_SECRET ?? (database.embedded || mode === "dev" ? localSecret(dataDir, "auth") : undefined);
  // The launcher encrypts the demo mailbox's tokens: it must derive the same keys as the app it starts.
  if (authSecret) Object.assign(env, { AUTH_SECRET: authSecret });

  try {
    if (database.embedded || mode === "dev") {
      const applied = await deployMigrations({ url: database.url });
      if (applied.length) log(`applied ${applied.length} migration(s)`);
    }
    if (database.embedded || env.SEED_DEMO) {
      const prisma = createPrismaClient(database.url, 2);
      const demo = await seedDemoWorkspace(prisma).finally(() => prisma.$disconnect());
      // The demo's mail comes from a local Gmail sandbox; without it the app still starts.
      if (demoMailboxWanted()) demoMailbox = await startDemoMailbox(database.url, demo, log).catch((error: unknown) => {
        log(`demo mailbox not started: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      });
    }
  } catch (error) {
    console.error(`[fikiri] could not prepare the database: ${error instanceof Error ? error.message : error}`);
    await shutdown(1);
  }

  // `start` runs through our own entry, which stamps the socket address for lib/http/client-address.ts; `next dev` cannot.
  const command = mode === "start" ? [path.resolve("scripts/serve-next.mjs"), String(env.PORT)] : [path.resolve("node_modules/next/dist/bin/next"), mode, "-p", String(env.PORT)];
  const child = spawn(process.execPath, command, {
    stdio: "inherit",
    env: childEnv({
      DATABASE_URL: database.url,
      EMBEDDED: database.embedded ? "1" : undefined,
      AUTH_SECRET: authSecret,
      NEXT_TELEMETRY_DISABLED: "1",
      ...demoMailbox?.appEnv,
    }),
  });
  demoMailbox?.startDrip();

  if (database.embedded) {
    const port = new URL(database.url).port;
    log(`embedded PostgreSQL 18 on 127.0.0.1:${port}, data in ${env.EMBEDDED_DB_DIR} -> ${fs.realpathSync(env.EMBEDDED_DB_DIR)}`);
    log(`demo workspace ready: sign in at ${env.APP_URL} as ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}`);
  }

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
}
