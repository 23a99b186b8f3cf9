import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { sqlTime } from "./sql-time";
import { inJobTransaction } from "./in-job-transaction";

const due = (now: Date) => Prisma.sql`
  (("status" IN ('QUEUED', 'SLEEPING') AND "runAt" <= ${sqlTime(now)})
   OR ("status" = 'RUNNING' AND "leaseExpiresAt" < ${sqlTime(now)}))`;

const COLUMNS = Prisma.sql`"id", "concurrencyKey", "concurrencyLimit", "concurrencyKey2", "concurrencyLimit2", "runAt"`;

/**
 * Leased runs per concurrency key (a key may be a run's first or second rule), leaving out `exclude`
 * (the rows being claimed, whose own lease may have expired).
 */
const active = (now: Date, keys: Prisma.Sql, exclude: Prisma.Sql) => Prisma.sql`
  SELECT "k", count(*)::int AS "n" FROM (
    SELECT "concurrencyKey" AS "k" FROM "JobRun"
    WHERE "status" = 'RUNNING' AND "leaseExpiresAt" >= ${sqlTime(now)} AND "concurrencyKey" IN (${keys}) AND ${exclude}
    UNION ALL
    SELECT "concurrencyKey2" FROM "JobRun"
    WHERE "status" = 'RUNNING' AND "leaseExpiresAt" >= ${sqlTime(now)} AND "concurrencyKey2" IN (${keys}) AND ${exclude}
  ) AS "leased" GROUP BY "k"`;

/**
 * Rows of `runs` that fit every concurrency rule they carry. First a run beyond its second key's free slots
 * (oldest first) is set aside, so it cannot hold a place in its first key's queue; then, over what is left,
 * each (run, key) pair's rank among the runs sharing that key plus the key's leased runs must stay within
 * the limit, whichever rule the key belongs to. Errs on the side of leasing less, never more.
 */
const fitting = (runs: Prisma.Sql, now: Date, exclude: Prisma.Sql) => Prisma.sql`
  WITH "runs" AS (${runs}),
  "seconds" AS (
    SELECT "id", "concurrencyKey2" AS "k", "concurrencyLimit2" AS "l",
      row_number() OVER (PARTITION BY "concurrencyKey2" ORDER BY "runAt", "id") AS "rank"
    FROM "runs" WHERE "concurrencyKey2" IS NOT NULL AND "concurrencyLimit2" IS NOT NULL
  ),
  "allKeys" AS (SELECT "concurrencyKey" AS "k" FROM "runs" UNION SELECT "concurrencyKey2" FROM "runs"),
  "active" AS (${active(now, Prisma.sql`SELECT "k" FROM "allKeys" WHERE "k" IS NOT NULL`, exclude)}),
  "survivors" AS (
    SELECT r.* FROM "runs" r WHERE r."id" NOT IN (
      SELECT s."id" FROM "seconds" s LEFT JOIN "active" a ON a."k" = s."k" WHERE s."rank" + coalesce(a."n", 0) > s."l")
  ),
  "pairs" AS (
    SELECT "id", "runAt", "concurrencyKey" AS "k", "concurrencyLimit" AS "l" FROM "survivors" WHERE "concurrencyKey" IS NOT NULL AND "concurrencyLimit" IS NOT NULL
    UNION ALL
    SELECT "id", "runAt", "concurrencyKey2", "concurrencyLimit2" FROM "survivors" WHERE "concurrencyKey2" IS NOT NULL AND "concurrencyLimit2" IS NOT NULL
  ),
  "ranked" AS (SELECT p.*, row_number() OVER (PARTITION BY p."k" ORDER BY p."runAt", p."id") AS "rank" FROM "pairs" p),
  "blocked" AS (SELECT DISTINCT r."id" FROM "ranked" r LEFT JOIN "active" a ON a."k" = r."k" WHERE r."rank" + coalesce(a."n", 0) > r."l")
  SELECT r."id", r."concurrencyKey", r."concurrencyKey2", r."runAt" FROM "survivors" r WHERE r."id" NOT IN (SELECT "id" FROM "blocked")`;

interface Candidate {
  id: string;
  concurrencyKey: string | null;
  concurrencyKey2: string | null;
}

/**
 * Leases up to `max` runs that are due: queued or sleeping runs whose time has
 * come, and running runs whose lease expired (their worker died; they resume
 * from their memoised steps). A run with concurrency keys (one per rule, at
 * most two) is only taken while fewer than `limit` leased runs share each key.
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
    ${fitting(Prisma.sql`SELECT ${COLUMNS} FROM "JobRun" WHERE ${due(now)}`, now, Prisma.sql`TRUE`)}
    ORDER BY "runAt", "id" LIMIT ${max * 2}`;
  if (candidates.length === 0) return [];
  return inJobTransaction(async (tx) => {
    const locked = await tx.$queryRaw<Candidate[]>`
      SELECT "id", "concurrencyKey", "concurrencyKey2" FROM "JobRun"
      WHERE "id" IN (${Prisma.join(candidates.map((c) => c.id))}) AND ${due(now)}
      ORDER BY "runAt", "id" LIMIT ${max}
      FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return [];
    const ids = Prisma.join(locked.map((r) => r.id));
    const keys = [...new Set(locked.flatMap((r) => [r.concurrencyKey, r.concurrencyKey2]).filter((k): k is string => k !== null))];
    if (keys.length) {
      await tx.$executeRaw`
        SELECT pg_advisory_xact_lock("h") FROM (
          SELECT DISTINCT hashtextextended("k", 0) AS "h" FROM unnest(ARRAY[${Prisma.join(keys)}]::text[]) AS "k" ORDER BY "h"
        ) AS "keys"`;
    }
    const leased = await tx.$queryRaw<{ id: string; runAt: Date }[]>`
      WITH "picked" AS (
        ${fitting(Prisma.sql`SELECT ${COLUMNS} FROM "JobRun" WHERE "id" IN (${ids})`, now, Prisma.sql`"id" NOT IN (${ids})`)}
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
