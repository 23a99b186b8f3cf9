import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createMigration, deployMigrations, diffMigrationsToSchema, isEmptyMigration, migrationStatus } from "./migrate";
import { MIGRATIONS_DIR, readSchema } from "./migrations-folder";

describe("schema.prisma and the migrations folder", () => {
  test("do not drift apart", async () => {
    const db = await createTestDatabase({ empty: true });
    try {
      const sql = await diffMigrationsToSchema({ url: db.url });
      expect(sql.trim() === "" || isEmptyMigration(sql), `schema.prisma has changes no migration holds; run npm run db -- migrate --name <name>:\n${sql}`).toBe(true);
    } finally {
      await db.drop();
    }
    // The WebAssembly schema engine replays every migration into a shadow database: slow on a loaded 2-core box.
  }, 120_000);
});

describe("offline migrations", () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "fikiri-migrations-"));
    fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  });
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("a new migration is written from the schema diff, applied, and checksummed like stock Prisma", async () => {
    await deployMigrations({ url: db.url, migrationsDir: dir });
    const schema = readSchema().replace(/model Workspace \{/, "model Workspace {\n  probeColumn String?");
    const { folder, applied } = await createMigration({ url: db.url, migrationsDir: dir, schema, name: "Add probe column" });
    expect(folder).toMatch(/^\d{14}_add_probe_column$/);
    const sql = fs.readFileSync(path.join(dir, folder!, "migration.sql"), "utf8");
    expect(sql).toContain('ALTER TABLE "Workspace" ADD COLUMN     "probeColumn" TEXT;');
    expect(applied).toEqual([folder]);

    const pgClient = new (await import("pg")).default.Client({ connectionString: db.url });
    await pgClient.connect();
    const { rows } = await pgClient.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      "select migration_name, checksum, finished_at from _prisma_migrations order by started_at",
    );
    await pgClient.end();
    // Stock Prisma records the SHA-256 of migration.sql, hex-encoded.
    for (const row of rows) {
      const file = fs.readFileSync(path.join(dir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
    expect(rows.map((r) => r.migration_name)).toContain(folder);

    const status = await migrationStatus({ url: db.url, migrationsDir: dir, schema });
    expect(status.history).toBeNull();
    expect(status.failedMigrationNames).toEqual([]);

    const again = await createMigration({ url: db.url, migrationsDir: dir, schema, name: "nothing" });
    expect(again.folder).toBeNull();
  }, 120_000);

  test("status reports migrations not yet applied", async () => {
    const fresh = await createTestDatabase({ empty: true });
    try {
      const status = await migrationStatus({ url: fresh.url });
      expect(status.history?.diagnostic).toBe("databaseIsBehind");
    } finally {
      await fresh.drop();
    }
  });
});

describe("test databases", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  test("are built from the migrations", async () => {
    const ws = await db.prisma.workspace.create({ data: { name: "Acme", slug: "acme" } });
    expect(await db.prisma.workspace.findUnique({ where: { id: ws.id } })).toMatchObject({ slug: "acme" });
  });
});
