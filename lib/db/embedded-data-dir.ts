import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { blockedAncestor, postgresOsUser } from "./postgres-os-user";

/**
 * Where the embedded database keeps its files. `dir` (default .data/postgres) is
 * made a symlink to a folder outside the project tree: `next dev`'s Turbopack
 * watcher has no ignore list, and every database write inside the project
 * made it recompile and reload the open page. The folder is named by a hash of
 * the link's absolute path, so two clones on one machine never share one. A
 * `dir` that already is a real folder is used as it is. Returns the real folder.
 */
export function embeddedDataDir(dir: string, dataHome = embeddedDataHome()): string {
  const link = path.resolve(dir);
  const existing = fs.lstatSync(link, { throwIfNoEntry: false });
  if (existing?.isDirectory()) return link;
  if (existing?.isSymbolicLink()) {
    const target = resolveLinkTarget(link);
    makeStore(target);
    return target;
  }
  const store = path.join(dataHome, "fikiri", createHash("sha256").update(link).digest("hex").slice(0, 16), path.basename(link));
  makeStore(store);
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(store, link, "dir");
  return store;
}

/**
 * The user data directory (~/.local/share). As root the server runs as the
 * user postgres, which cannot enter a private /root: then /var/lib (as
 * Debian's own PostgreSQL packages do).
 */
export function embeddedDataHome(): string {
  const home = path.join(os.homedir(), ".local", "share");
  const runAs = postgresOsUser();
  if (!runAs) return home;
  fs.mkdirSync(home, { recursive: true });
  return blockedAncestor(path.join(home, "x"), runAs) ? "/var/lib" : home;
}

/** The store is private; the folders above it keep the usual mode, or the server's user could not reach it. */
function makeStore(store: string): void {
  fs.mkdirSync(path.dirname(store), { recursive: true });
  fs.mkdirSync(store, { recursive: true, mode: 0o700 });
}

function resolveLinkTarget(link: string): string {
  const target = fs.readlinkSync(link);
  return path.resolve(path.dirname(link), target);
}
