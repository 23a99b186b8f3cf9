import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { sqlTime } from "./sql-time";
import { inJobTransaction } from "./in-job-transaction";

const due = (now: Date) => Prisma.sql`
  (("status" IN ('QUEUED', 'SLEEPING') AND "runAt" <= ${sqlTime(now)})
   OR ("status" = 'RUNNING' AND "leaseExpiresAt" < ${sqlTime(now)}))`;

/** Leased runs per concurrency key, leaving out `exclude` (the rows being claimed, whose own lease may have expired). */
const active = (now: Date, keys: Prisma.Sql, exclude: Prisma.Sql) => Prisma.sql`
  SELECT "concurrencyKey", count(*)::int AS "n" FROM "JobRun"
  WHERE "status" = 'RUNNING' AND "leaseExpiresAt" >= ${sqlTime(now)} AND "concurrencyKey" IN (${keys}) AND ${exclude}
  GROUP BY "concurrencyKey"`;

/** Rows of `runs` (id, key, limit, runAt) that fit their key's free slots, oldest first within each key. */
const fitting = (runs: Prisma.Sql, now: Date, exclude: Prisma.Sql) => Prisma.sql`
  WITH "runs" AS (${runs}),
  "ranked" AS (
    SELECT r.*, row_number() OVER (PARTITION BY r."concurrencyKey" ORDER BY r."runAt", r."id") AS "rank" FROM "runs" r
  ),
  "active" AS (${active(now, Prisma.sql`SELECT "concurrencyKey" FROM "runs" WHERE "concurrencyKey" IS NOT NULL`, exclude)})
  SELECT r."id", r."concurrencyKey", r."concurrencyLimit", r."runAt" FROM "ranked" r LEFT JOIN "active" a ON a."concurrencyKey" = r."concurrencyKey"
  WHERE r."concurrencyKey" IS NULL OR r."concurrencyLimit" IS NULL OR r."rank" + coalesce(a."n", 0) <= r."concurrencyLimit"`;

interface Candidate {
  id: string;
  concurrencyKey: string | null;
  concurrencyLimit: number | null;
}

/**
 * Leases up to `max` runs that are due: queued or sleeping runs whose time has
 * come, and running runs whose lease expired (their worker died; they resume
 * from their memoised steps). A run with a concurrency key is only taken
 * while fewer than `limit` leased runs share that key.
 *
 * Set-based, a handful of statements whatever the backlog:
 * 1. without locks, pick the oldest due runs that fit their key's free slots
 *    (a window over the keys), so runs stuck behind a saturated key never
 *    crowd out the rest;
 * 2. lock up to `max` of those rows with SKIP LOCKED (concurrent claimers
 *    split the work rather than one locking rows it will not take), then take the advisory lock of each of their keys, in one fixed order so
 *    two claimers never deadlock;
 * 3. with the keys locked, count the leased runs per key again (a fresh
 *    snapshot, so a claim another process just committed is seen) and lease
 *    the rows that still fit, in one UPDATE.
 */
export async function claimRuns(options: { workerId: string; max: number; now: Date; leaseMs: number }): Promise<string[]> {
  const { workerId, max, now, leaseMs } = options;
  if (max <= 0) return [];
  const candidates = await prisma.$queryRaw<Candidate[]>`
    ${fitting(Prisma.sql`SELECT "id", "concurrencyKey", "concurrencyLimit", "runAt" FROM "JobRun" WHERE ${due(now)}`, now, Prisma.sql`TRUE`)}
    ORDER BY "runAt", "id" LIMIT ${max * 2}`;
  if (candidates.length === 0) return [];
  return inJobTransaction(async (tx) => {
    const locked = await tx.$queryRaw<Candidate[]>`
      SELECT "id", "concurrencyKey", "concurrencyLimit" FROM "JobRun"
      WHERE "id" IN (${Prisma.join(candidates.map((c) => c.id))}) AND ${due(now)}
      ORDER BY "runAt", "id" LIMIT ${max}
      FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return [];
    const ids = Prisma.join(locked.map((r) => r.id));
    const keys = [...new Set(locked.filter((r) => r.concurrencyKey && r.concurrencyLimit).map((r) => r.concurrencyKey!))];
    if (keys.length) {
      await tx.$executeRaw`
        SELECT pg_advisory_xact_lock("h") FROM (
          SELECT DISTINCT hashtextextended("k", 0) AS "h" FROM unnest(ARRAY[${Prisma.join(keys)}]::text[]) AS "k" ORDER BY "h"
        ) AS "keys"`;
    }
    const leased = await tx.$queryRaw<{ id: string; runAt: Date }[]>`
      WITH "picked" AS (
        ${fitting(Prisma.sql`SELECT "id", "concurrencyKey", "concurrencyLimit", "runAt" FROM "JobRun" WHERE "id" IN (${ids})`, now, Prisma.sql`"id" NOT IN (${ids})`)}
        ORDER BY "runAt", "id" LIMIT ${max}
      )
      UPDATE "JobRun" AS j
      SET "status" = 'RUNNING', "leaseOwner" = ${workerId}, "leaseExpiresAt" = ${sqlTime(new Date(now.getTime() + leaseMs))}, "updatedAt" = ${sqlTime(new Date())},
          "startedAt" = coalesce(j."startedAt", ${sqlTime(now)})
      FROM "picked" WHERE j."id" = "picked"."id"
      RETURNING j."id", j."runAt"`;
    return leased.sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || (a.id < b.id ? -1 : 1)).map((r) => r.id);
  });
}
