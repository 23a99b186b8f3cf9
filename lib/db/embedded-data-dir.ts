import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Where the embedded database keeps its files. `dir` (default .data/pglite) is
 * made a symlink to a folder outside the project tree: `next dev`'s Turbopack
 * watcher has no ignore list, and every database write inside the project
 * made it recompile and reload the open page. A `dir` that already is a real
 * folder is used as it is. Returns the real folder (PGlite cannot mount a symlink).
 */
export function embeddedDataDir(dir: string, dataHome = path.join(os.homedir(), ".local", "share")): string {
  const link = path.resolve(dir);
  const existing = fs.lstatSync(link, { throwIfNoEntry: false });
  if (existing?.isDirectory()) return link;
  if (existing?.isSymbolicLink()) {
    const target = resolveLinkTarget(link);
    fs.mkdirSync(target, { recursive: true });
    return target;
  }
  const store = path.join(dataHome, "fikiri", createHash("sha256").update(link).digest("hex").slice(0, 16), path.basename(link));
  fs.mkdirSync(store, { recursive: true });
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(store, link, "dir");
  return store;
}

function resolveLinkTarget(link: string): string {
  const target = fs.readlinkSync(link);
  return path.resolve(path.dirname(link), target);
}
