import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TestDatabase } from "@/lib/testing/test-database";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { EVENT_ID_WINDOW_MS, ingestEvents } from "./ingest-events";
import { createTestApp } from "./testing/create-test-app";
import { runUntilIdle } from "./testing/run-until-idle";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe("events to runs", () => {
  test("events sent from a step (step.sendEvent) start runs of the functions they trigger", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "fan-out", triggers: [{ event: "test/batch.received" }] }, async ({ event, step }) => {
        const items = event.data.items as number[];
        return step.sendEvent("send-items", items.map((n) => ({ name: "test/item.received", data: { n } })));
      }),
      inngest.createFunction({ id: "handle-item", triggers: [{ event: "test/item.received" }] }, async ({ event, step }) => {
        return step.run("double", () => (event.data.n as number) * 2);
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/batch.received", data: { items: [1, 2, 3] } });
    await runUntilIdle(app.executor, app.clock);

    const parent = await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] }, include: { steps: true } });
    expect(parent.status).toBe("COMPLETED");
    expect(parent.steps[0]).toMatchObject({ name: "send-items", op: "step.sendEvent", status: "COMPLETED" });
    const childEventIds = (parent.output as { ids: string[] }).ids;
    expect(childEventIds).toHaveLength(3);
    const children = await db.prisma.jobRun.findMany({ where: { eventId: { in: childEventIds } } });
    expect(children.map((c) => [c.functionId, c.status, c.output]).sort()).toEqual([
      ["test-app-handle-item", "COMPLETED", 2],
      ["test-app-handle-item", "COMPLETED", 4],
      ["test-app-handle-item", "COMPLETED", 6],
    ]);
  });

  test("wildcard triggers and `if` expressions select which functions run", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "audit-all", triggers: [{ event: "billing/*" }] }, async () => "audited"),
      inngest.createFunction({ id: "big-invoices", triggers: [{ event: "billing/invoice.paid", if: "event.data.amount >= 1000 && event.data.currency == 'USD'" }] }, async () => "big"),
    ]);
    const { ids } = await app.client.send([
      { name: "billing/invoice.paid", data: { amount: 5000, currency: "USD" } },
      { name: "billing/invoice.paid", data: { amount: 10, currency: "USD" } },
      { name: "crm/lead.created", data: {} },
    ]);
    await runUntilIdle(app.executor, app.clock);
    const runs = await db.prisma.jobRun.findMany({ where: { eventId: { in: ids } } });
    const fnsFor = (id: string | undefined) => runs.filter((r) => r.eventId === id).map((r) => r.functionId).sort();
    expect(fnsFor(ids[0])).toEqual(["test-app-audit-all", "test-app-big-invoices"]);
    expect(fnsFor(ids[1])).toEqual(["test-app-audit-all"]);
    expect(fnsFor(ids[2])).toEqual([]);
  });

  test("an event id sent twice is stored and run once", async () => {
    const app = createTestApp((inngest) => [inngest.createFunction({ id: "once", triggers: [{ event: "test/once" }] }, async () => "done")]);
    const first = await app.client.send({ id: "order-42-paid", name: "test/once", data: {} });
    const second = await app.client.send({ id: "order-42-paid", name: "test/once", data: {} });
    expect(second.ids).toEqual(first.ids);
    await runUntilIdle(app.executor, app.clock);
    expect(await db.prisma.jobRun.count({ where: { functionId: "test-app-once" } })).toBe(1);
  });

  test("an event id dedupes for 24 hours after its first event; later it starts a new event and run", async () => {
    const app = createTestApp((inngest) => [inngest.createFunction({ id: "retry-later", triggers: [{ event: "test/resync" }] }, async () => "ran")]);
    const sent = new Date("2026-01-05T10:00:00.000Z");
    const event = { id: "found-mbx-1-msg-9", name: "test/resync", data: { n: 1 } };
    const [first] = await ingestEvents([event, event], sent);
    expect(await ingestEvents([event], new Date(sent.getTime() + EVENT_ID_WINDOW_MS - 1))).toEqual([first]);
    await runUntilIdle(app.executor, app.clock);

    const later = new Date(sent.getTime() + EVENT_ID_WINDOW_MS);
    const [second] = await ingestEvents([event], later);
    expect(second).not.toBe(first);
    // The new event holds the id for its own 24 hours.
    expect(await ingestEvents([event], new Date(later.getTime() + 60_000))).toEqual([second]);
    await runUntilIdle(app.executor, app.clock);
    const events = await db.prisma.jobEvent.findMany({ where: { idempotencyKey: event.id }, include: { runs: true }, orderBy: { receivedAt: "asc" } });
    expect(events.map((e) => [e.id, e.runs.map((r) => r.status)])).toEqual([
      [first, ["COMPLETED"]],
      [second, ["COMPLETED"]],
    ]);
  });

  test("concurrent sends of one event id store one event", async () => {
    const sends = await Promise.all(Array.from({ length: 6 }, (_, n) => ingestEvents([{ id: "race-1", name: "test/race", data: { n } }])));
    expect(new Set(sends.flat()).size).toBe(1);
    expect(await db.prisma.jobEvent.count({ where: { idempotencyKey: "race-1" } })).toBe(1);
  });

  test("an event sent before the functions were synced still starts its run", async () => {
    const app = createTestApp((inngest) => [inngest.createFunction({ id: "early", triggers: [{ event: "test/early" }] }, async () => "ran")]);
    const { ids } = await app.client.send({ name: "test/early", data: {} });
    expect(await db.prisma.jobRun.count({ where: { eventId: ids[0] } })).toBe(0);
    await runUntilIdle(app.executor, app.clock);
    expect(await db.prisma.jobRun.findFirst({ where: { eventId: ids[0] } })).toMatchObject({ status: "COMPLETED", output: "ran" });
  });
});
