import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { withDatabase } from "@/lib/db/database-url";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { MIGRATIONS_DIR } from "@/lib/db/migrations-folder";
import { env } from "@/lib/env";

export interface TestDatabase {
  url: string;
  prisma: Db;
  drop(): Promise<void>;
}


/** Every migration's SQL, in order: the schema a test database is built from. */
export function migrationScripts(dir = MIGRATIONS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
    .sort()
    .map((d) => fs.readFileSync(path.join(dir, d, "migration.sql"), "utf8"));
}

/**
 * A database of this test file's own, built from the migrations: a copy of the
 * template database (made once per run by the global setup) on a Postgres
 * server when DATABASE_URL is set, else a fresh in-memory PGlite. Only for
 * vitest files (the template's name comes from the global setup).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("templateDatabase");
  if (env.DATABASE_URL && template) {
    const name = `fikiri_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
    const admin = new pg.Client({ connectionString: env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await admin.end();
    }
    const url = withDatabase(env.DATABASE_URL, name);
    const prisma = createPrismaClient(url, 5);
    return {
      url,
      prisma,
      async drop() {
        await prisma.$disconnect();
        const c = new pg.Client({ connectionString: env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
      },
    };
  }
  const embedded = await startEmbeddedPostgres();
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  for (const sql of migrationScripts()) await client.query(sql);
  await client.end();
  const prisma = createPrismaClient(embedded.url, 4);
  return {
    url: embedded.url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await embedded.stop();
    },
  };
}

/** Points the app's shared Prisma client at a test database. */
export function useAsAppDatabase(db: TestDatabase): void {
  (globalThis as unknown as { fikiriPrisma?: Db }).fikiriPrisma = db.prisma;
}
