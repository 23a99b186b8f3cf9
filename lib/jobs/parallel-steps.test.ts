import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { TestDatabase } from "@/lib/testing/test-database";
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
beforeEach(async () => {
  await db.prisma.jobRun.deleteMany();
  await db.prisma.jobEvent.deleteMany();
});

/**
 * A step body that records when it starts and ends, and holds until `together`
 * steps are inside at once (or a second passes): steps run one after the other
 * never see each other inside, steps run together always do.
 */
function recorder(together: number) {
  const log: string[] = [];
  let inside = 0;
  let peak = 0;
  const body = (name: string) => async () => {
    log.push(`start ${name}`);
    inside += 1;
    peak = Math.max(peak, inside);
    for (let i = 0; i < 40 && inside < together; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    inside -= 1;
    log.push(`end ${name}`);
    return name.toUpperCase();
  };
  return { log, body, peak: () => peak };
}

describe("parallel steps", () => {
  test("steps planned together (Promise.all) execute at the same time, and every result is memoised", async () => {
    const rec = recorder(3);
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "fan", triggers: [{ event: "test/fan" }] }, async ({ step }) => {
        const results = await Promise.all([step.run("a", rec.body("a")), step.run("b", rec.body("b")), step.run("c", rec.body("c"))]);
        return results.join("");
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/fan", data: {} });
    await runUntilIdle(app.executor, app.clock);

    const run = await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] }, include: { steps: { include: { attempts: true } } } });
    expect(run).toMatchObject({ status: "COMPLETED", output: "ABC" });
    // Every step started before any of them finished.
    expect(rec.log.slice(0, 3).every((l) => l.startsWith("start"))).toBe(true);
    expect(rec.peak()).toBe(3);
    expect(run.steps.map((s) => [s.name, s.status, s.attempts.length]).sort()).toEqual([
      ["a", "COMPLETED", 1],
      ["b", "COMPLETED", 1],
      ["c", "COMPLETED", 1],
    ]);
  });

  test("a function with concurrency limit 1 runs its parallel steps one at a time (Inngest limits steps, not runs)", async () => {
    const rec = recorder(2);
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "serial", concurrency: { limit: 1 }, triggers: [{ event: "test/serial" }] }, async ({ step }) => {
        const results = await Promise.all([step.run("a", rec.body("a")), step.run("b", rec.body("b"))]);
        return results.join("");
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/serial", data: {} });
    await runUntilIdle(app.executor, app.clock);
    expect(await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] } })).toMatchObject({ status: "COMPLETED", output: "AB" });
    expect(rec.peak()).toBe(1);
    expect(rec.log).toEqual(["start a", "end a", "start b", "end b"]);
  });

  test("when one parallel step fails, the others' results are kept and only the failed one is retried", async () => {
    const calls = { ok: 0, flaky: 0 };
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "mixed", retries: 2, triggers: [{ event: "test/mixed" }] }, async ({ step }) => {
        const [a, b] = await Promise.all([
          step.run("ok", () => ++calls.ok),
          step.run("flaky", () => {
            if (++calls.flaky < 2) throw new Error("first try fails");
            return "fine";
          }),
        ]);
        return { a, b };
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/mixed", data: {} });
    await runUntilIdle(app.executor, app.clock);
    expect(await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] } })).toMatchObject({ status: "COMPLETED", output: { a: 1, b: "fine" } });
    expect(calls).toEqual({ ok: 1, flaky: 2 });
  });
});
