import { spawn } from "node:child_process";
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
 * serves the embedded database from .data/, applies migrations and seeds the
 * demo workspace, and keeps the database up for as long as Next runs.
 */
export async function launchApp(mode: "dev" | "start"): Promise<void> {
  const database = await openDatabase({ port: env.EMBEDDED_DB_PORT, announce: true });
  const dataDir = path.dirname(path.resolve(env.EMBEDDED_DB_DIR));
  const log = (line: string) => console.log(`[fikiri] ${line}`);
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

  const next = path.resolve("node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [next, mode, "-p", String(env.PORT)], {
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
    log(`embedded Postgres (PGlite) with data in ${path.relative(process.cwd(), path.resolve(env.EMBEDDED_DB_DIR))}/`);
    log(`demo workspace ready: sign in at ${env.APP_URL} as ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}`);
  }

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
}
