import fs from "node:fs";
import path from "node:path";

/** Written into the cluster folder by Fikiri: the superuser password (0600) and the port last used. */
export const STATE_FILE = "fikiri-embedded.json";
/** Included from postgresql.conf; rewritten at every start from lib/db/embedded-postgres-settings.ts. */
export const SETTINGS_FILE = "fikiri.conf";

export interface ClusterState {
  password: string;
  port?: number;
  /** The process that started the running server and stops it; another process only shares it. */
  ownerPid?: number;
}

export function readClusterState(dataDir: string): ClusterState | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, STATE_FILE), "utf8")) as ClusterState;
  } catch {
    return undefined;
  }
}

export function writeClusterState(dataDir: string, state: ClusterState): void {
  const file = path.join(dataDir, STATE_FILE);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

/** The server's pid and port from postmaster.pid, when the file exists. */
export function readPostmasterPid(dataDir: string): { pid: number; port: number } | undefined {
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return Number.isInteger(pid) && pid > 0 ? { pid, port } : undefined;
  } catch {
    return undefined;
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
