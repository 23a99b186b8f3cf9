import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** A secret generated once and kept under .data/, for running locally without configuration. */
export function localSecret(dataDir: string, name: string): string {
  const file = path.resolve(dataDir, `${name}.secret`);
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
