import pg from "pg";
import { inject } from "vitest";
import { withDatabase } from "@/lib/db/database-url";
import { createPrismaClient, type Db } from "@/lib/db/prisma";

export interface TestDatabase {
  url: string;
  prisma: Db;
  drop(): Promise<void>;
}

/**
 * A database of this test file's own on the run's server (DATABASE_URL's, or
 * the embedded PostgreSQL the global setup started): a copy of the template
 * database built from the migrations, or with `empty`, a database with no
 * tables. Only for vitest files (the names come from the global setup).
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const server = inject("testServerUrl");
  const template = inject("templateDatabase");
  const name = `fikiri_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(options.empty ? `CREATE DATABASE "${name}"` : `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(server, name);
  const prisma = createPrismaClient(url, 5);
  return {
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
    },
  };
}

/** Points the app's shared Prisma client at a test database. */
export function useAsAppDatabase(db: TestDatabase): void {
  (globalThis as unknown as { fikiriPrisma?: Db }).fikiriPrisma = db.prisma;
}
