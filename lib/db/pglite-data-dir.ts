import fs from "node:fs";
import path from "node:path";
import { STATE_FILE } from "./embedded-cluster-files";

/**
 * Does `dir` hold a database this version must not open? Earlier versions
 * kept the embedded database in PGlite (PostgreSQL compiled to 32-bit
 * WebAssembly): its folder has PG_VERSION and the cluster layout, but a
 * control file the native server rejects, world-writable files and no
 * postmaster.opts (a native server writes one at every start). Any cluster
 * without Fikiri's state file is refused too: its password is unknown.
 * Returns the kind found, or undefined for an empty or Fikiri-made folder.
 */
export function foreignDatabaseIn(dir: string): "pglite" | "postgres" | undefined {
  if (!fs.existsSync(path.join(dir, "PG_VERSION")) || fs.existsSync(path.join(dir, STATE_FILE))) return undefined;
  return fs.existsSync(path.join(dir, "postmaster.opts")) ? "postgres" : "pglite";
}

/**
 * The one line printed when a foreign database is found and left untouched.
 * `current`: the folder this version uses instead, when it is another one.
 */
export function foreignDatabaseMessage(kind: "pglite" | "postgres", shown: string, real: string, current?: string): string {
  const what = kind === "pglite" ? "a PGlite database from an earlier Fikiri version" : "a PostgreSQL cluster not created by Fikiri";
  const remove = shown === real ? `rm -rf "${real}"` : `rm -rf "${real}" "${shown}"`;
  return current
    ? `${shown} holds ${what}, left untouched; this version keeps its data in PostgreSQL 18 under ${current}. To free the space: ${remove}`
    : `${shown} holds ${what}, left untouched. To start fresh: ${remove} (or point EMBEDDED_DB_DIR elsewhere)`;
}
