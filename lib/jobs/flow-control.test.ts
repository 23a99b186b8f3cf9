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
  await db.prisma.jobRunKey.deleteMany();
});

const dataOf = (runs: { event: unknown }[]) => runs.map((r) => (r.event as { data: Record<string, unknown> }).data);

describe("idempotency", () => {
  test("one run per key value for 24 hours, then the key runs again", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "welcome", idempotency: "event.data.userId", triggers: [{ event: "test/signup" }] }, async ({ event }) => event.data.n),
    ]);
    await app.client.send([
      { name: "test/signup", data: { userId: "u1", n: 1 } },
      { name: "test/signup", data: { userId: "u1", n: 2 } },
      { name: "test/signup", data: { userId: "u2", n: 3 } },
    ]);
    await runUntilIdle(app.executor, app.clock);
    await app.client.send({ name: "test/signup", data: { userId: "u1", n: 4 } });
    await runUntilIdle(app.executor, app.clock);
    expect(dataOf(await db.prisma.jobRun.findMany({ orderBy: { id: "asc" } })).map((d) => d.n)).toEqual([1, 3]);

    app.clock.advance(24 * 60 * 60 * 1000 + 1000);
    await app.client.send({ name: "test/signup", data: { userId: "u1", n: 5 } });
    await runUntilIdle(app.executor, app.clock);
    const runs = await db.prisma.jobRun.findMany({ orderBy: { id: "asc" } });
    expect(dataOf(runs).map((d) => d.n)).toEqual([1, 3, 5]);
    expect(runs.every((r) => r.status === "COMPLETED")).toBe(true);
  });
});

describe("cancelOn", () => {
  test("a matching event cancels open runs triggered before it; other runs and later triggers are untouched", async () => {
    const shipped: string[] = [];
    const app = createTestApp((inngest) => [
      inngest.createFunction(
        { id: "ship-order", cancelOn: [{ event: "test/order.cancelled", match: "data.orderId" }], triggers: [{ event: "test/order" }] },
        async ({ event, step }) => {
          await step.sleep("wait-for-payment", "1h");
          await step.run("ship", () => shipped.push(event.data.orderId));
        },
      ),
    ]);
    await app.client.send([
      { name: "test/order", data: { orderId: "o1" } },
      { name: "test/order", data: { orderId: "o2" } },
    ]);
    await app.executor.tick();
    expect((await db.prisma.jobRun.findMany()).map((r) => r.status)).toEqual(["SLEEPING", "SLEEPING"]);

    await app.client.send({ name: "test/order.cancelled", data: { orderId: "o1" } });
    // A cancel event that arrives before its run was triggered does not cancel it.
    await app.client.send({ name: "test/order.cancelled", data: { orderId: "o3" } });
    await app.client.send({ name: "test/order", data: { orderId: "o3" } });
    await runUntilIdle(app.executor, app.clock);

    const runs = await db.prisma.jobRun.findMany({ where: { functionId: "test-app-ship-order" } });
    const status = Object.fromEntries(runs.map((r) => [(r.event as { data: { orderId: string } }).data.orderId, r.status]));
    expect(status).toEqual({ o1: "CANCELLED", o2: "COMPLETED", o3: "COMPLETED" });
    expect(shipped.sort()).toEqual(["o2", "o3"]);
    expect(runs.find((r) => r.status === "CANCELLED")?.error).toMatchObject({ name: "FunctionCancelled" });
  });

  test("a cancel rule's timeout bounds how long after the trigger it applies", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction(
        { id: "reminder", cancelOn: [{ event: "test/done", timeout: "10m" }], triggers: [{ event: "test/remind" }] },
        async ({ step }) => step.sleep("later", "2h"),
      ),
    ]);
    await app.client.send({ name: "test/remind", data: {} });
    await app.executor.tick();
    const run = await db.prisma.jobRun.findFirstOrThrow();
    // The trigger event's arrival is what the timeout counts from: move it back past the 10 minutes.
    await db.prisma.jobEvent.update({ where: { id: run.eventId! }, data: { receivedAt: new Date(Date.now() - 11 * 60_000) } });
    await app.client.send({ name: "test/done", data: {} });
    await runUntilIdle(app.executor, app.clock);
    expect((await db.prisma.jobRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe("COMPLETED");
  });
});

describe("two concurrency rules", () => {
  test("a run starts only while both its function-wide and its per-key limit have a free slot", async () => {
    const inside = new Map<string, number>();
    let total = 0;
    const peaks = { total: 0, perAccount: 0 };
    const entered: string[] = [];
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let twoInside: () => void = () => {};
    const bothInside = new Promise<void>((resolve) => (twoInside = resolve));
    const app = createTestApp(
      (inngest) => [
        inngest.createFunction(
          { id: "export", concurrency: [{ limit: 2 }, { limit: 1, key: "event.data.account" }], triggers: [{ event: "test/export" }] },
          async ({ event, step }) => {
            await step.run("export", async () => {
              const account = String(event.data.account);
              entered.push(`${account}${event.data.n}`);
              total += 1;
              inside.set(account, (inside.get(account) ?? 0) + 1);
              peaks.total = Math.max(peaks.total, total);
              peaks.perAccount = Math.max(peaks.perAccount, ...inside.values());
              if (total === 2) twoInside();
              await released;
              total -= 1;
              inside.set(account, inside.get(account)! - 1);
            });
          },
        ),
      ],
      { workers: 6 },
    );
    await app.client.send([
      { name: "test/export", data: { account: "a", n: 1 } },
      { name: "test/export", data: { account: "a", n: 2 } },
      { name: "test/export", data: { account: "b", n: 1 } },
      { name: "test/export", data: { account: "c", n: 1 } },
    ]);
    const first = app.executor.tick();
    await bothInside;
    // a2 waits for account a, c1 for the function-wide limit; another process takes neither.
    expect((await app.newExecutor(app.clock).executor.tick()).runsClaimed).toBe(0);
    expect(entered.sort()).toEqual(["a1", "b1"]);
    release();
    await first;
    await runUntilIdle(app.executor, app.clock);
    expect(entered.sort()).toEqual(["a1", "a2", "b1", "c1"]);
    expect(peaks).toEqual({ total: 2, perAccount: 1 });
    expect(await db.prisma.jobRun.count({ where: { status: "COMPLETED" } })).toBe(4);
  });
});
