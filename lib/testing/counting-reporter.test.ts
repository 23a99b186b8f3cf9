import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { childEnv } from "@/lib/env";

const FILES: Record<string, string> = {
  "hook.test.ts": `import { beforeAll, describe, it } from "vitest";
describe("broken setup", () => {
  beforeAll(() => { throw new Error("setup failed"); });
  it("first", () => {});
  it("second", () => {});
});
describe("healthy", () => { it("runs", () => {}); it.skip("skipped on purpose", () => {}); it.todo("later"); });`,
  "import.test.ts": `import "./missing-module";\nimport { it } from "vitest";\nit("never collected", () => {});`,
  "assert.test.ts": `import { expect, it } from "vitest";\nit("fails", () => expect(1).toBe(2));\nit("passes", () => {});`,
};

describe("counting reporter", () => {
  it("counts an import failure and a throwing beforeAll as failures, intentional skips as skipped", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "fikiri-counting-"));
    try {
      for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(root, name), text);
      fs.writeFileSync(path.join(root, "vitest.config.mjs"), "export default { test: { include: ['*.test.ts'] } };\n");
      const reporter = path.resolve("lib/testing/counting-reporter.ts");
      const result = spawnSync(
        process.execPath,
        [path.resolve("node_modules/vitest/vitest.mjs"), "run", "--root", root, `--reporter=${reporter}`],
        { cwd: root, encoding: "utf8", env: childEnv({ VITEST: undefined, VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined }) },
      );
      expect(result.status).not.toBe(0);
      const counts = JSON.parse(fs.readFileSync(path.join(root, "test-results/vitest-counts.json"), "utf8"));
      // first + second (hook), the module that cannot import, "fails": 4 failures.
      expect(counts).toEqual({ passed: 2, failed: 4, skipped: 2 });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
