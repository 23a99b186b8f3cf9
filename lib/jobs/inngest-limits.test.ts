import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { env } from "@/lib/env";
import type { TestDatabase } from "@/lib/testing/test-database";
import { MAX_STEP_OUTPUT_BYTES } from "./inngest-limits";
import { createTestApp } from "./testing/create-test-app";
import { openJobsTestDatabase } from "./testing/open-jobs-test-database";
import { runUntilIdle } from "./testing/run-until-idle";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe("Inngest's limits, enforced with Inngest's messages", () => {
  test("an event over JOBS_MAX_EVENT_BYTES (default 256 KiB) is refused by inngest.send(); one under it is stored", async () => {
    const app = createTestApp(() => []);
    expect(env.JOBS_MAX_EVENT_BYTES).toBe(256 * 1024);
    const big = "x".repeat(env.JOBS_MAX_EVENT_BYTES);
    await expect(app.client.send({ name: "test/big", data: { big } })).rejects.toThrow(`Event payload cannot exceed ${env.JOBS_MAX_EVENT_BYTES} bytes`);
    expect(await db.prisma.jobEvent.count({ where: { name: "test/big" } })).toBe(0);
    await app.client.send({ name: "test/big", data: { big: big.slice(0, 200 * 1024) } });
    expect(await db.prisma.jobEvent.count({ where: { name: "test/big" } })).toBe(1);
  });

  test("a step returning more than 4 MiB fails the run: step output size is greater than the limit", async () => {
    let after = 0;
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "huge-output", triggers: [{ event: "test/huge" }] }, async ({ step }) => {
        await step.run("load", () => "y".repeat(MAX_STEP_OUTPUT_BYTES));
        await step.run("after", () => ++after);
      }),
      inngest.createFunction({ id: "fits", triggers: [{ event: "test/fits" }] }, async ({ step }) => (await step.run("load", () => "y".repeat(MAX_STEP_OUTPUT_BYTES - 100))).length),
    ]);
    const { ids } = await app.client.send([{ name: "test/huge", data: {} }, { name: "test/fits", data: {} }]);
    await runUntilIdle(app.executor, app.clock);
    const huge = await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] } });
    expect(huge.status).toBe("FAILED");
    expect(huge.error).toEqual({ name: "Error", message: "step output size is greater than the limit" });
    expect(after).toBe(0);
    expect(await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[1] } })).toMatchObject({ status: "COMPLETED", output: MAX_STEP_OUTPUT_BYTES - 100 });
    // Two 4 MiB payloads through serve() and Postgres: slow on a loaded machine.
  }, 120_000);

  test("more than 1,000 steps in one run fails it: function has too many steps", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "many", triggers: [{ event: "test/many" }] }, async ({ event, step }) => {
        await Promise.all(Array.from({ length: Number(event.data.n) }, (_, i) => step.run(`item-${i}`, () => i)));
        return "done";
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/many", data: { n: 1001 } });
    await runUntilIdle(app.executor, app.clock);
    const run = await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] } });
    expect(run.status).toBe("FAILED");
    expect(run.error).toEqual({ name: "Error", message: "function has too many steps" });
  });
});
