import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A fresh folder for a test's own embedded cluster (the server may run as the user postgres: it may enter). */
export function tempClusterDir(prefix: string): { dataDir: string; remove(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `fikiri-${prefix}-`));
  fs.chmodSync(root, 0o755);
  return { dataDir: path.join(root, "pg"), remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
