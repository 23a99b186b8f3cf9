import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { embeddedDataDir } from "./embedded-data-dir";
import { ForeignDatabaseError, startEmbeddedPostgres } from "./embedded-postgres";
import { foreignDatabaseIn, foreignDatabaseMessage } from "./pglite-data-dir";

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** Where earlier versions kept the embedded PGlite database. */
const LEGACY_PGLITE_DIR = ".data/pglite";

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL kept under
 * EMBEDDED_DB_DIR (lib/db/embedded-postgres.ts): shared when it already runs
 * (e.g. `npm run db` beside `npm run dev`), else started here and stopped by
 * close(). Throws ForeignDatabaseError when that folder holds a database this
 * version did not create.
 */
export async function openDatabase(options: { port?: number; log?: (line: string) => void } = {}): Promise<OpenDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, close: async () => {} };
  const log = options.log ?? ((line: string) => console.error(`[fikiri] ${line}`));
  noteLegacyPglite(log);
  const dataDir = embeddedDataDir(env.EMBEDDED_DB_DIR);
  const foreign = foreignDatabaseIn(dataDir);
  if (foreign) throw new ForeignDatabaseError(foreignDatabaseMessage(foreign, env.EMBEDDED_DB_DIR, dataDir));
  const server = await startEmbeddedPostgres({ dataDir, port: options.port ?? env.EMBEDDED_DB_PORT, log });
  return { url: server.url, embedded: true, close: () => server.stop() };
}

/** One line about an earlier version's PGlite folder, which this version leaves alone. */
function noteLegacyPglite(log: (line: string) => void): void {
  if (path.resolve(env.EMBEDDED_DB_DIR) === path.resolve(LEGACY_PGLITE_DIR) || !fs.existsSync(LEGACY_PGLITE_DIR)) return;
  const real = fs.realpathSync(LEGACY_PGLITE_DIR);
  if (foreignDatabaseIn(real) === "pglite") log(foreignDatabaseMessage("pglite", LEGACY_PGLITE_DIR, real, env.EMBEDDED_DB_DIR));
}
