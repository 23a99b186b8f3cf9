/**
 * npm run db -- <command>: Prisma migrations on the WebAssembly schema engine.
 *   migrate --name X [--create-only]   write a migration from the schema diff (via a shadow database), then apply it
 *   deploy                             apply pending migrations (what `prisma migrate deploy` does)
 *   reset [--force]                    drop all data and re-apply every migration
 *   status                             pending, failed or edited migrations; exits 1 when not up to date
 *   push [--force]                     make the database match the schema without a migration
 *   diff                               print SQL that migrations lack compared to the schema; exits 1 on drift
 * Uses DATABASE_URL, or the embedded database under .data/ when it is unset.
 */
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { openDatabase } from "../lib/db/open-database";
import { createMigration, deployMigrations, diffMigrationsToSchema, isEmptyMigration, migrationStatus, pushSchema, resetDatabase } from "../lib/db/migrate";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    "create-only": { type: "boolean" },
    force: { type: "boolean" },
  },
});
const command = positionals[0];

async function main(): Promise<number> {
  if (!command || !["migrate", "deploy", "reset", "status", "push", "diff"].includes(command)) {
    console.error("usage: npm run db -- migrate --name X | deploy | reset | status | push | diff");
    return 2;
  }
  if (command === "migrate" && !values.name) {
    console.error("usage: npm run db -- migrate --name add_something");
    return 2;
  }
  const database = await openDatabase();
  const options = { url: database.url, shadowUrl: env.SHADOW_DATABASE_URL, log: env.LOG_LEVEL === "debug" ? console.error : undefined };
  try {
    switch (command) {
      case "migrate": {
        const { folder, applied } = await createMigration({ ...options, name: values.name!, createOnly: values["create-only"] });
        console.log(folder ? `Created prisma/migrations/${folder}/migration.sql` : "Schema and migrations agree: no migration created.");
        if (applied.length) console.log(`Applied: ${applied.join(", ")}`);
        return 0;
      }
      case "deploy": {
        const applied = await deployMigrations(options);
        console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
        return 0;
      }
      case "reset": {
        if (!values.force && env.NODE_ENV === "production") {
          console.error("Refusing to reset a production database without --force.");
          return 2;
        }
        const applied = await resetDatabase(options);
        console.log(`Database reset; applied ${applied.length} migration(s).`);
        return 0;
      }
      case "status": {
        const status = await migrationStatus(options);
        console.log(JSON.stringify(status, null, 2));
        const upToDate = status.history === null && !status.failedMigrationNames.length && !status.editedMigrationNames.length;
        console.log(upToDate ? "Database schema is up to date." : "Database schema is NOT up to date.");
        return upToDate ? 0 : 1;
      }
      case "push": {
        const out = await pushSchema({ ...options, force: values.force });
        for (const w of out.warnings) console.warn(`warning: ${w}`);
        for (const u of out.unexecutable) console.error(`cannot execute: ${u}`);
        console.log(`Executed ${out.executedSteps} step(s).`);
        return out.unexecutable.length ? 1 : 0;
      }
      case "diff": {
        const sql = await diffMigrationsToSchema(options);
        if (isEmptyMigration(sql)) {
          console.log("No drift: migrations match schema.prisma.");
          return 0;
        }
        console.log(sql);
        return 1;
      }
    }
    return 2;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
