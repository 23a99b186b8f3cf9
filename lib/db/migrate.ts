import { openSchemaEngine, noFilters, takeEnginePanic, type SchemaEngine } from "./schema-engine";
import { migrationFolderName, readMigrationList, readSchema, writeMigration, MIGRATIONS_DIR } from "./migrations-folder";

export interface MigrateOptions {
  url: string;
  shadowUrl?: string;
  migrationsDir?: string;
  schema?: string;
  log?: (line: string) => void;
}

async function withEngine<T>(options: MigrateOptions, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const engine = await openSchemaEngine({ url: options.url, shadowUrl: options.shadowUrl, schema: options.schema ?? readSchema(), log: options.log });
  try {
    return await fn(engine);
  } catch (error) {
    const panic = takeEnginePanic();
    throw panic ? new Error(`Schema engine panicked: ${panic}`, { cause: error }) : error;
  } finally {
    engine.free();
  }
}

/** `prisma migrate deploy`: apply pending migrations, recording them in `_prisma_migrations`. */
export function deployMigrations(options: MigrateOptions): Promise<string[]> {
  return withEngine(options, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrationList(options.migrationsDir), filters: noFilters });
    return out.appliedMigrationNames;
  });
}

/** SQL that would bring the migrations up to the schema; empty when they agree. */
export function diffMigrationsToSchema(options: MigrateOptions): Promise<string> {
  return withEngine(options, async (engine) => {
    const out = await engine.diff({
      from: { tag: "migrations", ...readMigrationList(options.migrationsDir) },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: options.schema ?? readSchema() }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return out.stdout ?? "";
  });
}

/** Is the SQL only comments and whitespace? (what the engine emits for "no changes") */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split("\n")
    .map((l) => l.trim())
    .every((l) => l === "" || l.startsWith("--"));
}

/** `prisma migrate dev --name X`: write a migration from the schema diff, then apply it. */
export async function createMigration(
  options: MigrateOptions & { name: string; createOnly?: boolean },
): Promise<{ folder: string | null; applied: string[] }> {
  const sql = await diffMigrationsToSchema(options);
  let folder: string | null = null;
  if (!isEmptyMigration(sql)) {
    folder = migrationFolderName(options.name);
    writeMigration(folder, sql, options.migrationsDir ?? MIGRATIONS_DIR);
  }
  const applied = options.createOnly ? [] : await deployMigrations(options);
  return { folder, applied };
}

/** `prisma migrate reset`: drop everything, then apply all migrations. */
export function resetDatabase(options: MigrateOptions): Promise<string[]> {
  return withEngine(options, async (engine) => {
    await engine.reset({ filter: noFilters });
    const out = await engine.applyMigrations({ migrationsList: readMigrationList(options.migrationsDir), filters: noFilters });
    return out.appliedMigrationNames;
  });
}

/** `prisma db push`: make the database match the schema without migrations. */
export function pushSchema(options: MigrateOptions & { force?: boolean }) {
  return withEngine(options, (engine) =>
    engine.schemaPush({
      force: options.force ?? false,
      schema: { files: [{ path: "schema.prisma", content: options.schema ?? readSchema() }] },
      filters: noFilters,
    }),
  );
}

/** `prisma migrate status`. */
export function migrationStatus(options: MigrateOptions) {
  return withEngine(options, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList: readMigrationList(options.migrationsDir),
      optInToShadowDatabase: false,
      filters: noFilters,
    }),
  );
}
