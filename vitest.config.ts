import { configDefaults, defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    environment: "node",
    include: ["{lib,inngest,scripts,app,components}/**/*.test.{ts,tsx}"],
    // Tests on the external real-data corpora run in their own suite: vitest.corpus.config.ts (npm run test:corpus).
    exclude: [...configDefaults.exclude, "**/*.corpus.test.ts"],
    globalSetup: ["lib/testing/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test", LOG_LEVEL: "silent", DEV_OUTBOX_API: "1" },
  },
});
