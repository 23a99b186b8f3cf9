import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Prisma, type JobRunStatus } from "@/generated/prisma/client";
import type { TestDatabase } from "@/lib/testing/test-database";
import { getJobTableSizes } from "./get-job-table-sizes";
import { newJobId } from "./job-ids";
import { pruneJobHistory } from "./prune-job-history";
import { openJobsTestDatabase } from "./testing/open-jobs-test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const now = new Date("2026-03-01T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

async function seedRun(label: string, status: JobRunStatus, finishedDaysAgo: number | null) {
  const id = newJobId("run", daysAgo(finishedDaysAgo ?? 60));
  await db.prisma.jobRun.create({
    data: {
      id,
      functionId: "app-fn",
      eventName: "test/e",
      event: { name: "test/e", data: { label } },
      status,
      maxAttempts: 1,
      createdAt: daysAgo((finishedDaysAgo ?? 60) + 1),
      finishedAt: finishedDaysAgo === null ? null : daysAgo(finishedDaysAgo),
      steps: { create: { hashedId: `h-${label}`, name: "s", op: "step.run", status: "COMPLETED", attempts: { create: { runId: id, attempt: 0, startedAt: now, finishedAt: now } } } },
    },
  });
  return label;
}

describe("pruning job history", () => {
  test("deletes finished runs past retention (failed ones later), with their steps and attempts; keeps open runs and recent history", async () => {
    await seedRun("completed-20d", "COMPLETED", 20);
    await seedRun("completed-5d", "COMPLETED", 5);
    await seedRun("cancelled-20d", "CANCELLED", 20);
    await seedRun("failed-20d", "FAILED", 20);
    await seedRun("failed-40d", "FAILED", 40);
    await seedRun("sleeping-60d", "SLEEPING", null);
    const event = (label: string, receivedDaysAgo: number, fannedOut: boolean) => ({
      id: newJobId("evt", daysAgo(receivedDaysAgo)),
      name: "test/e",
      data: { label },
      ts: daysAgo(receivedDaysAgo),
      receivedAt: daysAgo(receivedDaysAgo),
      fannedOutAt: fannedOut ? daysAgo(receivedDaysAgo) : null,
    });
    await db.prisma.jobEvent.createMany({ data: [event("old", 20, true), event("old-pending", 20, false), event("recent", 2, true)] });
    const old = await db.prisma.jobEvent.findFirstOrThrow({ where: { data: { path: ["label"], equals: "recent" } } });
    await db.prisma.jobEventKey.createMany({ data: [{ key: "expired", eventId: old.id, expiresAt: daysAgo(1) }, { key: "live", eventId: old.id, expiresAt: daysAgo(-1) }] });
    await db.prisma.jobRunKey.createMany({ data: [{ key: "fn:expired", runId: "x", expiresAt: daysAgo(1) }, { key: "fn:live", runId: "y", expiresAt: daysAgo(-1) }] });

    const report = await pruneJobHistory({ days: 14, failedDays: 30, now });

    expect(report).toEqual({ runs: 3, events: 1, keys: 2 });
    const left = await db.prisma.jobRun.findMany({ include: { steps: { include: { attempts: true } } } });
    expect(left.map((r) => (r.event as { data: { label: string } }).data.label).sort()).toEqual(["completed-5d", "failed-20d", "sleeping-60d"]);
    expect(left.every((r) => r.steps.length === 1 && r.steps[0]!.attempts.length === 1)).toBe(true);
    expect(await db.prisma.jobStep.count()).toBe(3);
    expect(await db.prisma.jobAttempt.count()).toBe(3);
    expect((await db.prisma.jobEvent.findMany()).map((e) => (e.data as { label: string }).label).sort()).toEqual(["old-pending", "recent"]);
    expect((await db.prisma.jobEventKey.findMany()).map((k) => k.key)).toEqual(["live"]);
    expect((await db.prisma.jobRunKey.findMany()).map((k) => k.key)).toEqual(["fn:live"]);
  });

  test("table sizes list every executor table with its rows and bytes", async () => {
    const sizes = await getJobTableSizes();
    expect(sizes.map((s) => s.table)).toEqual(["JobEvent", "JobRun", "JobStep", "JobAttempt", "JobEventKey", "JobRunKey"]);
    const run = sizes.find((s) => s.table === "JobRun")!;
    expect(run.rows).toBe(3);
    expect(run.bytes).toBeGreaterThan(0);
  });
  test("with a large recent history, the prune queries walk an index instead of scanning the tables", async () => {
    // 20,000 recent runs and events: what retention keeps. The prune must not read them to find nothing.
    await db.prisma.$executeRaw`
      INSERT INTO "JobRun" ("id", "functionId", "eventName", "event", "status", "maxAttempts", "createdAt", "finishedAt", "updatedAt")
      SELECT 'run_bulk' || g, 'app-fn', 'test/e', '{}'::jsonb, 'COMPLETED', 1, now(), now(), now() FROM generate_series(1, 20000) AS g`;
    await db.prisma.$executeRaw`
      INSERT INTO "JobEvent" ("id", "name", "data", "ts", "receivedAt", "fannedOutAt")
      SELECT 'evt_bulk' || g, 'test/e', '{}'::jsonb, now(), now(), now() FROM generate_series(1, 20000) AS g`;
    await db.prisma.$executeRaw`ANALYZE "JobRun"`;
    await db.prisma.$executeRaw`ANALYZE "JobEvent"`;
    const explain = async (sql: Prisma.Sql) => (await db.prisma.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${sql}`).map((r) => r["QUERY PLAN"]).join("\n");
    const cutoff = daysAgo(14);
    const runs = await explain(Prisma.sql`SELECT "id" FROM "JobRun" WHERE "status" = 'COMPLETED' AND "finishedAt" < ${cutoff} LIMIT 1000`);
    const events = await explain(Prisma.sql`SELECT "id" FROM "JobEvent" WHERE "receivedAt" < ${cutoff} AND "fannedOutAt" IS NOT NULL LIMIT 1000`);
    expect(runs).toContain("JobRun_status_finishedAt_idx");
    expect(runs).not.toContain("Seq Scan");
    expect(events).toContain("JobEvent_receivedAt_idx");
    expect(events).not.toContain("Seq Scan");
    const report = await pruneJobHistory({ days: 14, failedDays: 30, now });
    expect(report.runs + report.events).toBe(0);
  });
});
