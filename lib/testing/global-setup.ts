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
}
