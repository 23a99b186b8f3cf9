import { createTestDatabase, useAsAppDatabase as makeAppDatabase, type TestDatabase } from "@/lib/testing/test-database";

/** A test database (createTestDatabase) made the app's database. */
// Aliased: the hooks lint rule mistakes `use…` names for React hooks.
export async function openJobsTestDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  makeAppDatabase(db);
  return db;
}
