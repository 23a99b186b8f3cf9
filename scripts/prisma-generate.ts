/**
 * `prisma generate` offline. The Prisma CLI downloads its native schema engine
 * before any command, even though generate never uses it; pointing
 * PRISMA_SCHEMA_ENGINE_BINARY at an existing file skips the download.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { childEnv } from "../lib/env";

const placeholder = fileURLToPath(import.meta.url);
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: childEnv({ PRISMA_SCHEMA_ENGINE_BINARY: placeholder, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" }),
});
process.exit(result.status ?? 1);
