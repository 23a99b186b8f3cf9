import pg from "pg";
import { withDatabase } from "@/lib/db/database-url";
import { deployMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import type { TestProject } from "vitest/node";
import type { EmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { startTestPostgres } from "./start-test-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The server test files create their databases on: DATABASE_URL's, else this run's embedded PostgreSQL. */
    testServerUrl: string;
    templateDatabase: string;
  }
}

/**
 * Once per test run: the server (DATABASE_URL, else one embedded PostgreSQL
 * 18 for the whole run) and a template database on it with every migration
 * applied, copied by each test file. Named per run, so runs sharing a server
 * don't collide.
 */
export default async function setup(project: TestProject) {
  const embedded = env.DATABASE_URL ? undefined : await startTestPostgres();
  try {
    return await prepare(project, env.DATABASE_URL ?? embedded!.url, embedded);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

async function prepare(project: TestProject, serverUrl: string, embedded: EmbeddedPostgres | undefined) {
  const TEMPLATE_DATABASE = `fikiri_test_template_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  await deployMigrations({ url: withDatabase(serverUrl, TEMPLATE_DATABASE) });
  // The migration engine's pool keeps an idle connection to the template for
  // ~10 s; CREATE DATABASE ... TEMPLATE refuses to copy while anyone is connected.
  const cleanup = new pg.Client({ connectionString: serverUrl });
  await cleanup.connect();
  try {
    await cleanup.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [TEMPLATE_DATABASE]);
  } finally {
    await cleanup.end();
  }
  project.provide("testServerUrl", serverUrl);
  project.provide("templateDatabase", TEMPLATE_DATABASE);

  return async () => {
    if (embedded) return embedded.stop();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`).finally(() => admin.end());
  };
}
