import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readClusterState, isProcessAlive } from "@/lib/db/embedded-cluster-files";
import { startEmbeddedPostgres, stopLeftoverPostgres, type EmbeddedPostgres } from "@/lib/db/embedded-postgres";

const PREFIX = "fikiri-test-pg-";

/**
 * One embedded PostgreSQL for a whole test run when DATABASE_URL is unset
 * (vitest's global setup; the e2e stage of npm test): a fresh cluster in a
 * temporary folder with the test profile (no fsync), deleted by stop().
 * Clusters left by earlier runs that were killed are stopped and deleted first.
 */
export async function startTestPostgres(): Promise<EmbeddedPostgres> {
  await removeLeftoverClusters();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
  // The server may run as another user (root runs it as postgres): let it enter.
  fs.chmodSync(root, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(root, "pg"), profile: "test" });
  return {
    ...server,
    async stop() {
      await server.stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

async function removeLeftoverClusters(): Promise<void> {
  for (const name of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(PREFIX))) {
    const dataDir = path.join(os.tmpdir(), name, "pg");
    const owner = readClusterState(dataDir)?.ownerPid;
    if (owner && isProcessAlive(owner)) continue;
    // A cluster still being initialised has no state yet: leave folders younger than a minute.
    if (!owner && Date.now() - fs.statSync(path.join(os.tmpdir(), name)).mtimeMs < 60_000) continue;
    await stopLeftoverPostgres(dataDir);
    fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}
