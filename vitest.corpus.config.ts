import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * The corpus suite: tests on the external real-data corpora (labelled emails,
 * MIME robustness files, recorded Gmail and Stripe payloads), which are not in
 * the repository. Run it with `npm run test:corpus -- --corpus <dir>`.
 * (Not mergeConfig: it would concatenate include/exclude with the main suite's.)
 */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["{lib,inngest,scripts,app,components}/**/*.corpus.test.ts"], exclude: configDefaults.exclude },
});
