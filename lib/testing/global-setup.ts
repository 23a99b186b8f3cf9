import pg from "pg";
import { deployMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { TEMPLATE_DATABASE } from "./test-database";

/** Once per test run: a template database with every migration applied, copied by each test file. */
export default async function setup() {
  if (!env.DATABASE_URL) return;
  const admin = new pg.Client({ connectionString: env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(env.DATABASE_URL);
  u.pathname = `/${TEMPLATE_DATABASE}`;
  await deployMigrations({ url: u.toString() });
  // The migration engine's pool keeps an idle connection to the template for
  // ~10 s; CREATE DATABASE ... TEMPLATE refuses to copy while anyone is connected.
  const cleanup = new pg.Client({ connectionString: env.DATABASE_URL });
  await cleanup.connect();
  try {
    await cleanup.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [TEMPLATE_DATABASE]);
  } finally {
    await cleanup.end();
  }
}
