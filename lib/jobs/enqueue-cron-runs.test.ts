import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TestDatabase } from "@/lib/testing/test-database";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { cronTicksBetween } from "./enqueue-cron-runs";
import { createTestApp } from "./testing/create-test-app";
import { fakeClock } from "./testing/fake-clock";
import { runUntilIdle } from "./testing/run-until-idle";

describe("cronTicksBetween", () => {
  test("lists ticks after the start, up to and including the end", () => {
    const ticks = cronTicksBetween("*/5 * * * *", new Date("2026-01-05T10:00:00Z"), new Date("2026-01-05T10:15:00Z"));
    expect(ticks.map((t) => t.toISOString())).toEqual(["2026-01-05T10:05:00.000Z", "2026-01-05T10:10:00.000Z", "2026-01-05T10:15:00.000Z"]);
  });

  test("honours a TZ= prefix", () => {
    const [tick] = cronTicksBetween("TZ=Africa/Nairobi 0 9 * * *", new Date("2026-01-05T00:00:00Z"), new Date("2026-01-06T00:00:00Z"));
    expect(tick?.toISOString()).toBe("2026-01-05T06:00:00.000Z");
  });
});

describe("cron runs", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openJobsTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  test("two processes scheduling the same ticks queue each tick once, and the runs execute", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "digest", triggers: [{ cron: "*/5 * * * *" }] }, async ({ event }) => ({ trigger: event.name })),
    ]);
    const start = new Date("2026-01-05T10:01:00Z");
    const one = app.newExecutor(fakeClock(start));
    const two = app.newExecutor(fakeClock(start));
    await one.executor.tick();
    await two.executor.tick();
    expect(await db.prisma.jobRun.count()).toBe(0); // no backfill of ticks before start

    one.clock.advance(10 * 60_000); // 10:11: ticks at 10:05 and 10:10
    two.clock.advance(10 * 60_000);
    const [a, b] = await Promise.all([one.executor.tick(), two.executor.tick()]);
    expect(a.cronRunsQueued + b.cronRunsQueued).toBe(2);
    await runUntilIdle(one.executor, one.clock);

    const runs = await db.prisma.jobRun.findMany({ orderBy: { cronTick: "asc" } });
    expect(runs.map((r) => r.cronTick?.toISOString())).toEqual(["2026-01-05T10:05:00.000Z", "2026-01-05T10:10:00.000Z"]);
    expect(runs.every((r) => r.status === "COMPLETED")).toBe(true);
    expect(runs[0]?.output).toEqual({ trigger: "inngest/scheduled.timer" });
  });
});
