import { createPrismaClient } from "@/lib/db/prisma";
import { env } from "@/lib/env";
// Aliased: the hooks lint rule mistakes `use…` names for React hooks.
import { createTestDatabase, useAsAppDatabase as makeAppDatabase, type TestDatabase } from "@/lib/testing/test-database";

/**
 * Copying the template fails with 55006 ("being accessed by other users")
 * while another test run on the same server is connected to it, e.g. its
 * global setup migrating the template. That is transient: try again.
 */
async function createWithRetry(attempts = 8): Promise<TestDatabase> {
  for (let i = 1; ; i++) {
    try {
      return await createTestDatabase();
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || i >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * i));
    }
  }
}

/**
 * A test database (createTestDatabase) made the app's database. On embedded
 * PGlite the client gets a single connection: PGlite's socket server
 * interleaves extended-protocol messages from concurrent connections outside
 * transactions ("unnamed prepared statement does not exist"), and the
 * executor drives several runs at once.
 */
export async function openJobsTestDatabase(): Promise<TestDatabase> {
  const db = await createWithRetry();
  if (env.DATABASE_URL) {
    makeAppDatabase(db);
    return db;
  }
  const prisma = createPrismaClient(db.url, 1);
  const single: TestDatabase = {
    url: db.url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await db.drop();
    },
  };
  makeAppDatabase(single);
  return single;
}
