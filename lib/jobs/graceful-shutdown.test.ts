import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
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

/** A three-step function whose middle step waits for the test to let it go. */
function threeSteps() {
  const calls = { first: 0, slow: 0, last: 0 };
  let entered: () => void = () => {};
  const inSlowStep = new Promise<void>((resolve) => (entered = resolve));
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const app = createTestApp((inngest) => [
    inngest.createFunction({ id: "three", triggers: [{ event: "test/three" }] }, async ({ step }) => {
      await step.run("first", () => ++calls.first);
      await step.run("slow", async () => {
        calls.slow += 1;
        entered();
        await released;
        return "slow done";
      });
      await step.run("last", () => ++calls.last);
      return "done";
    }),
  ]);
  return { app, calls, inSlowStep, release };
}

describe("graceful shutdown", () => {
  test("a stopping executor claims nothing, lets the step in flight finish, stores it and releases the run for another process", async () => {
    const { app, calls, inSlowStep, release } = threeSteps();
    const { ids } = await app.client.send({ name: "test/three", data: {} });
    await app.executor.tick({ wait: false });
    await inSlowStep;

    const stopping = app.executor.stop({ graceMs: 30_000 });
    await app.client.send({ name: "test/three", data: { later: true } });
    release();
    expect(await stopping).toEqual({ forced: 0 });

    const run = await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] }, include: { steps: true } });
    expect(run).toMatchObject({ status: "QUEUED", leaseOwner: null });
    expect(run.steps.map((s) => [s.name, s.status]).sort()).toEqual([
      ["first", "COMPLETED"],
      ["slow", "COMPLETED"],
    ]);
    expect(calls).toEqual({ first: 1, slow: 1, last: 0 });
    expect((await app.executor.tick()).runsClaimed).toBe(0);

    const other = app.newExecutor(app.clock);
    await runUntilIdle(other.executor, other.clock);
    expect(await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] } })).toMatchObject({ status: "COMPLETED", output: "done" });
    // The first run's steps each ran once; the event sent while stopping ran on the other process.
    expect(calls).toEqual({ first: 2, slow: 2, last: 2 });
    expect(await db.prisma.jobRun.count({ where: { status: "COMPLETED" } })).toBe(2);
  });

  test("a step still running when the grace period ends loses its lease at once; its late result is dropped", async () => {
    const { app, calls, inSlowStep, release } = threeSteps();
    const { ids } = await app.client.send({ name: "test/three", data: {} });
    await app.executor.tick({ wait: false });
    await inSlowStep;

    expect(await app.executor.stop({ graceMs: 50 })).toEqual({ forced: 1 });
    const released = await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] }, include: { steps: true } });
    expect(released).toMatchObject({ status: "QUEUED", leaseOwner: null, leaseExpiresAt: null });
    expect(released.steps.map((s) => s.name)).toEqual(["first"]);

    // Another process takes the run straight away (no lease to wait out) and repeats the interrupted step.
    const other = app.newExecutor(app.clock);
    const resumed = runUntilIdle(other.executor, other.clock);
    await vi.waitFor(() => expect(calls.slow).toBe(2), { timeout: 20_000, interval: 20 });
    release();
    await resumed;
    const run = await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] }, include: { steps: true } });
    expect(run).toMatchObject({ status: "COMPLETED", output: "done" });
    expect(run.steps.filter((s) => s.name === "slow")).toHaveLength(1);
    expect(calls).toEqual({ first: 1, slow: 2, last: 1 });
  });
});
