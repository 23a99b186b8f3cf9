import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { readPostmasterPid } from "./embedded-cluster-files";
import { startEmbeddedPostgres, stopLeftoverPostgres } from "./embedded-postgres";
import { tempClusterDir } from "./testing/temp-cluster-dir";

const dir = tempClusterDir("crash-test");
const writers: ChildProcess[] = [];
afterAll(async () => {
  for (const w of writers) if (w.exitCode === null) w.kill("SIGKILL");
  await stopLeftoverPostgres(dir.dataDir);
  dir.remove();
});
// Each test starts a writer process (tsx, cluster start) and waits for 200 commits: slow on a loaded 2-core box.
const CRASH_TEST_TIMEOUT = 180_000;

/** Runs the writer app until it has committed `atLeast` rows, then kills it with SIGKILL; returns the ids it saw committed. */
async function killWriterMidWrite(atLeast: number): Promise<{ committed: number[]; port: number }> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "lib/db/testing/embedded-writer.ts", dir.dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  writers.push(child);
  const committed: number[] = [];
  let port = 0;
  let buffered = "";
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`writer exited early (${code})`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith("ready ")) port = Number(line.slice(6));
        if (line.startsWith("committed ")) committed.push(Number(line.slice(10)));
      }
      if (committed.length >= atLeast && child.exitCode === null) {
        child.removeAllListeners("exit");
        child.kill("SIGKILL");
        resolve();
      }
    });
  });
  await new Promise((r) => child.once("exit", r));
  return { committed, port };
}

async function committedRows(url: string): Promise<Set<number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>("select id from written");
    return new Set(rows.map((r) => Number(r.id)));
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL after kill -9", () => {
  test("of the app while it writes: the next start reuses the server it left running, with every committed row", async () => {
    const { committed, port } = await killWriterMidWrite(200);
    const server = await startEmbeddedPostgres({ dataDir: dir.dataDir });
    try {
      expect(server.owned).toBe(true);
      expect(server.port).toBe(port);
      const rows = await committedRows(server.url);
      expect(committed.filter((id) => !rows.has(id))).toEqual([]);
    } finally {
      await server.stop();
    }
    expect(readPostmasterPid(dir.dataDir)).toBeUndefined();
  }, CRASH_TEST_TIMEOUT);

  test("of the app and the server while it writes: the next start recovers from the stale postmaster.pid, with every committed row", async () => {
    const { committed } = await killWriterMidWrite(200);
    const postmaster = readPostmasterPid(dir.dataDir)!;
    process.kill(postmaster.pid, "SIGKILL");
    const server = await startEmbeddedPostgres({ dataDir: dir.dataDir });
    try {
      const rows = await committedRows(server.url);
      expect(committed.filter((id) => !rows.has(id))).toEqual([]);
      expect(rows.size).toBeGreaterThanOrEqual(400);
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query("insert into written (payload) values ('after recovery')");
      await client.end();
    } finally {
      await server.stop();
    }
  }, CRASH_TEST_TIMEOUT);
});
