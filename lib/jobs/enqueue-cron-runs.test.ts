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

    one.clock.advance(5 * 60_000); // 10:06: the 10:05 tick
    two.clock.advance(5 * 60_000);
    const [a, b] = await Promise.all([one.executor.tick(), two.executor.tick()]);
    expect(a.cronRunsQueued + b.cronRunsQueued).toBe(1);
    one.clock.advance(5 * 60_000); // 10:11: the 10:10 tick
    two.clock.advance(5 * 60_000);
    const [c, d] = await Promise.all([one.executor.tick(), two.executor.tick()]);
    expect(c.cronRunsQueued + d.cronRunsQueued).toBe(1);
    await runUntilIdle(one.executor, one.clock);

    const runs = await db.prisma.jobRun.findMany({ orderBy: { cronTick: "asc" } });
    expect(runs.map((r) => r.cronTick?.toISOString())).toEqual(["2026-01-05T10:05:00.000Z", "2026-01-05T10:10:00.000Z"]);
    expect(runs.every((r) => r.status === "COMPLETED")).toBe(true);
    expect(runs[0]?.output).toEqual({ trigger: "inngest/scheduled.timer" });
  });

  test("a tick missed while no process ran runs once when one comes back, however many were missed", async () => {
    await db.prisma.jobRun.deleteMany();
    const ran: string[] = [];
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "hourly", triggers: [{ cron: "0 * * * *" }] }, async ({ event }) => {
        ran.push(new Date(event.ts ?? 0).toISOString());
      }),
    ]);
    const first = app.newExecutor(fakeClock(new Date("2026-02-01T10:01:00Z")));
    await first.executor.tick(); // first sight of the schedule: the cursor starts here
    first.clock.set(new Date("2026-02-01T11:00:30Z"));
    await runUntilIdle(first.executor, first.clock);
    expect(ran).toEqual(["2026-02-01T11:00:00.000Z"]);
    const cursor = await db.prisma.jobCronCursor.findFirstOrThrow({ where: { functionId: "test-app-hourly" } });
    expect(cursor.lastTick.toISOString()).toBe("2026-02-01T11:00:00.000Z");

    // The app was down from 11:01 to 15:30 (ticks at 12, 13, 14 and 15 missed); two fresh processes start.
    const restartedAt = new Date("2026-02-01T15:30:00Z");
    const [one, two] = [app.newExecutor(fakeClock(restartedAt)), app.newExecutor(fakeClock(restartedAt))];
    const [a, b] = await Promise.all([one.executor.tick(), two.executor.tick()]);
    expect(a.cronRunsQueued + b.cronRunsQueued).toBe(1);
    expect((await one.executor.tick()).cronRunsQueued).toBe(0);
    await runUntilIdle(one.executor, one.clock);
    expect(ran).toEqual(["2026-02-01T11:00:00.000Z", "2026-02-01T15:00:00.000Z"]);

    // And the schedule goes on from there.
    one.clock.set(new Date("2026-02-01T16:00:05Z"));
    await runUntilIdle(one.executor, one.clock);
    expect(ran).toEqual(["2026-02-01T11:00:00.000Z", "2026-02-01T15:00:00.000Z", "2026-02-01T16:00:00.000Z"]);
  });
});
