/**
 * The stock Prisma CLI for the commands that never use its native schema
 * engine: `generate`, `format`, `validate`. The CLI still downloads that
 * engine before any command; pointing PRISMA_SCHEMA_ENGINE_BINARY at an
 * existing file skips the download. Migrations go through `npm run db`.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { childEnv } from "../lib/env";

const [command, ...rest] = process.argv.slice(2);
if (!command || !["generate", "format", "validate"].includes(command)) {
  console.error("usage: tsx scripts/prisma.ts generate|format|validate (migrations: npm run db -- <command>)");
  process.exit(2);
}
const placeholder = fileURLToPath(import.meta.url);
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", command, ...rest], {
  stdio: "inherit",
  env: childEnv({ PRISMA_SCHEMA_ENGINE_BINARY: placeholder, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" }),
});
process.exit(result.status ?? 1);
