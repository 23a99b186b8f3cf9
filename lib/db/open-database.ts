import { env } from "@/lib/env";
import { startEmbeddedPostgres } from "./embedded-postgres";

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PGlite database kept under .data/. */
export async function openDatabase(options: { port?: number } = {}): Promise<OpenDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, close: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_DB_DIR, port: options.port ?? 0 });
  return { url: embedded.url, embedded: true, close: () => embedded.stop() };
}
