import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { childEnv } from "@/lib/env";
import { SETTINGS_FILE, writeClusterState } from "./embedded-cluster-files";
import type { OsUser } from "./postgres-os-user";

const run = promisify(execFile);

/**
 * initdb into a sibling folder, then renamed into place, so a cluster folder
 * either is complete or does not exist (an initdb killed half-way leaves only
 * the sibling, removed by the next try). The superuser `postgres` gets a
 * random password, kept in the cluster folder (0600); connections need it,
 * local or not. Collation: the builtin C.UTF-8 provider (code-point order,
 * Unicode case mapping), the same on every OS whatever locales it has.
 */
export async function initEmbeddedCluster(options: { dataDir: string; initdb: string; runAs?: OsUser; fast?: boolean }): Promise<void> {
  const { dataDir, runAs } = options;
  const staging = `${dataDir}.initialising`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true, mode: 0o700 });
  const password = randomBytes(24).toString("base64url");
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), "fikiri-initdb-"));
  const pwFile = path.join(pwDir, "pw");
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (runAs) for (const p of [staging, pwDir, pwFile]) fs.chownSync(p, runAs.uid, runAs.gid);
  try {
    await run(
      options.initdb,
      [
        `--pgdata=${staging}`,
        "--username=postgres",
        "--auth=scram-sha-256",
        `--pwfile=${pwFile}`,
        "--encoding=UTF8",
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--no-instructions",
        ...(options.fast ? ["--no-sync"] : []),
      ],
      { ...runAs, env: childLocaleEnv() },
    );
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`initdb failed for ${dataDir}: ${stderr.trim() || (error as Error).message}`, { cause: error });
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
  fs.appendFileSync(path.join(staging, "postgresql.conf"), `\ninclude_if_exists = '${SETTINGS_FILE}'\n`);
  writeClusterState(staging, { password });
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.renameSync(staging, dataDir);
}

/** initdb and pg_ctl parse their own output; keep their messages in English. */
export function childLocaleEnv(): NodeJS.ProcessEnv {
  return childEnv({ LC_ALL: "C", LC_MESSAGES: "C" });
}
