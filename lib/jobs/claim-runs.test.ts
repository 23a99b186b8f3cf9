import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TestDatabase } from "@/lib/testing/test-database";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { createTestApp } from "./testing/create-test-app";
import { runUntilIdle } from "./testing/run-until-idle";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("claiming runs", () => {
  test("at most `limit` runs with the same concurrency key are leased at once", async () => {
    const entered: string[] = [];
    const release = gate();
    let twoInside: () => void = () => {};
    const bothInside = new Promise<void>((resolve) => (twoInside = resolve));
    const app = createTestApp(
      (inngest) => [
        inngest.createFunction(
          { id: "sync-account", concurrency: { key: "event.data.account", limit: 1 }, triggers: [{ event: "test/sync" }] },
          async ({ event, step }) => {
            await step.run("sync", async () => {
              entered.push(`${event.data.account}-${event.data.n}`);
              if (entered.length === 2) twoInside();
              await release.opened;
            });
          },
        ),
      ],
      { workers: 4 },
    );
    await app.client.send([
      { name: "test/sync", data: { account: "a", n: 1 } },
      { name: "test/sync", data: { account: "a", n: 2 } },
      { name: "test/sync", data: { account: "b", n: 1 } },
    ]);
    const first = app.executor.tick();
    await bothInside;

    // A second process finds nothing it may take: account a is at its limit.
    const other = app.newExecutor(app.clock);
    expect((await other.executor.tick()).runsClaimed).toBe(0);
    expect(entered.sort()).toEqual(["a-1", "b-1"]);
    const queued = await db.prisma.jobRun.findMany({ where: { status: "QUEUED" } });
    expect(queued.map((r) => (r.event as { data: { n: number } }).data.n)).toEqual([2]);

    release.open();
    await first;
    await runUntilIdle(app.executor, app.clock);
    expect(entered.sort()).toEqual(["a-1", "a-2", "b-1"]);
    expect(await db.prisma.jobRun.count({ where: { status: "COMPLETED" } })).toBe(3);
  });

  test("a run is never leased by two workers", async () => {
    const app = createTestApp((inngest) => [inngest.createFunction({ id: "solo", triggers: [{ event: "test/solo" }] }, async () => "ok")], { workers: 8 });
    await app.client.send(Array.from({ length: 12 }, (_, n) => ({ name: "test/solo", data: { n } })));
    const workers = [app, app.newExecutor(app.clock), app.newExecutor(app.clock)];
    const { executor } = workers[0]!;
    await executor.tick(); // fans the events out into runs
    await db.prisma.jobRun.updateMany({ where: { functionId: "test-app-solo" }, data: { status: "QUEUED", attempt: 0, leaseOwner: null } });
    const { claimRuns } = await import("./claim-runs");
    const claims = await Promise.all(workers.map((w) => claimRuns({ workerId: w.executor.workerId, max: 8, now: app.clock.now(), leaseMs: 30_000 })));
    const all = claims.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(12);
  });
});
