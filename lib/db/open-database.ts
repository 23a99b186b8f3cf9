import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { embeddedDataDir } from "./embedded-data-dir";
import { startEmbeddedPostgres } from "./embedded-postgres";

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

interface ServerFile {
  pid: number;
  url: string;
}

/** Where a running embedded server announces itself, so other commands share it instead of opening its files twice. */
export const serverFilePath = () => path.resolve(env.EMBEDDED_DB_DIR, "..", "pglite-server.json");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function runningEmbeddedServer(): ServerFile | null {
  try {
    const info = JSON.parse(fs.readFileSync(serverFilePath(), "utf8")) as ServerFile;
    return isAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/**
 * DATABASE_URL when set; otherwise the embedded PGlite database kept under
 * .data/ (the running app's server if there is one, else a new one).
 */
export async function openDatabase(options: { port?: number; announce?: boolean } = {}): Promise<OpenDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, close: async () => {} };
  const running = runningEmbeddedServer();
  if (running) return { url: running.url, embedded: true, close: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir: embeddedDataDir(env.EMBEDDED_DB_DIR), port: options.port ?? 0 });
  if (options.announce) fs.writeFileSync(serverFilePath(), JSON.stringify({ pid: process.pid, url: embedded.url }));
  return {
    url: embedded.url,
    embedded: true,
    async close() {
      if (options.announce) fs.rmSync(serverFilePath(), { force: true });
      await embedded.stop();
    },
  };
}
