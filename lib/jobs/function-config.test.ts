import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TestDatabase } from "@/lib/testing/test-database";
import { toJobFunctionConfig, UnsupportedFunctionConfigError } from "./function-config";
import { createTestApp } from "./testing/create-test-app";
import { openJobsTestDatabase } from "./testing/open-jobs-test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const base = { id: "app-fn", triggers: [{ event: "test/e" }], steps: {} };

describe("function configs the local executor cannot honour fail the sync", () => {
  const refused: [string, Record<string, unknown>][] = [
    ["rateLimit", { rateLimit: { limit: 1, period: "1h" } }],
    ["throttle", { throttle: { limit: 1, period: "1s" } }],
    ["debounce", { debounce: { period: "5s" } }],
    ["batchEvents", { batchEvents: { maxSize: 10, timeout: "5s" } }],
    ["priority", { priority: { run: "event.data.p" } }],
    ["singleton", { singleton: { mode: "skip" } }],
    ["timeouts", { timeouts: { finish: "1h" } }],
  ];
  test.each(refused)("%s is refused with an error naming the function and the option", (option, extra) => {
    expect(() => toJobFunctionConfig({ ...base, ...extra })).toThrow(new UnsupportedFunctionConfigError("app-fn", option, "it needs an Inngest server"));
    expect(() => toJobFunctionConfig({ ...base, ...extra })).toThrow(`Function "app-fn" uses \`${option}\``);
  });

  test("an expression the evaluator cannot read is refused at sync, not guessed at per event", () => {
    expect(() => toJobFunctionConfig({ ...base, idempotency: "event.data.a + event.data.b" })).toThrow(/uses `idempotency`/);
    expect(() => toJobFunctionConfig({ ...base, concurrency: { limit: 1, key: "size(event.data.a)" } })).toThrow(/uses `concurrency.key`/);
    expect(() => toJobFunctionConfig({ ...base, cancel: [{ event: "x", if: "event.data.a in [1]" }] })).toThrow(/uses `cancelOn.if`/);
  });

  test("idempotency, cancelOn and two concurrency rules are accepted", () => {
    const config = toJobFunctionConfig({
      ...base,
      idempotency: "event.data.userId",
      cancel: [{ event: "test/cancel", if: "event.data.id == async.data.id", timeout: "1h" }],
      concurrency: [{ limit: 2 }, { limit: 1, key: "event.data.account", scope: "env" }],
    });
    expect(config).toMatchObject({
      idempotency: "event.data.userId",
      cancelOn: [{ event: "test/cancel", if: "event.data.id == async.data.id", timeoutMs: 3_600_000 }],
      concurrency: [{ limit: 2, scope: "fn" }, { limit: 1, key: "event.data.account", scope: "env" }],
    });
  });

  test("through serve(): the executor's sync rejects a function with rateLimit, naming it", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "limited", rateLimit: { limit: 1, period: "1h" }, triggers: [{ event: "test/limited" }] }, async () => "ok"),
    ]);
    await expect(app.executor.tick()).rejects.toThrow('Function "test-app-limited" uses `rateLimit`');
  });
});
