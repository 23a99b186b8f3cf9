import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { servePglite } from "./pglite-wire-server";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Postgres without a server: PGlite (Postgres compiled to WebAssembly) served
 * over TCP (lib/db/pglite-wire-server.ts) so `pg` and Prisma connect to it
 * like any Postgres. `dataDir`
 * undefined keeps everything in memory.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) fs.mkdirSync(path.dirname(path.resolve(options.dataDir)), { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: path.resolve(options.dataDir) } : {});
  const server = await servePglite(db, { host: "127.0.0.1", port: options.port ?? 0 });
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres?sslmode=disable`,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}
