import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { sqlTime } from "./sql-time";

interface Candidate {
  id: string;
  concurrencyKey: string | null;
  concurrencyLimit: number | null;
}

/**
 * Leases up to `max` runs that are due: queued or sleeping runs whose time has
 * come, and running runs whose lease expired (their worker died; they resume
 * from their memoised steps). Rows are locked with SKIP LOCKED so processes
 * never claim the same run, and a run with a concurrency key is skipped while
 * `limit` leased runs share that key. The per-key advisory lock serialises
 * that count across processes.
 */
export async function claimRuns(options: { workerId: string; max: number; now: Date; leaseMs: number }): Promise<string[]> {
  const { workerId, max, now, leaseMs } = options;
  if (max <= 0) return [];
  return prisma.$transaction(async (tx) => {
    const candidates = await tx.$queryRaw<Candidate[]>`
      SELECT "id", "concurrencyKey", "concurrencyLimit" FROM "JobRun"
      WHERE ("status" IN ('QUEUED', 'SLEEPING') AND "runAt" <= ${sqlTime(now)})
         OR ("status" = 'RUNNING' AND "leaseExpiresAt" < ${sqlTime(now)})
      ORDER BY "runAt", "id"
      LIMIT ${Math.min(max * 10, 200)}
      FOR UPDATE SKIP LOCKED`;
    const claimed: string[] = [];
    for (const run of candidates) {
      if (claimed.length >= max) break;
      if (run.concurrencyKey && run.concurrencyLimit) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${run.concurrencyKey}, 0))`;
        const [{ active }] = await tx.$queryRaw<{ active: number }[]>(Prisma.sql`
          SELECT count(*)::int AS "active" FROM "JobRun"
          WHERE "concurrencyKey" = ${run.concurrencyKey} AND "status" = 'RUNNING'
            AND "leaseExpiresAt" >= ${sqlTime(now)} AND "id" <> ${run.id}`) as [{ active: number }];
        if (active >= run.concurrencyLimit) continue;
      }
      await tx.jobRun.update({
        where: { id: run.id },
        data: { status: "RUNNING", leaseOwner: workerId, leaseExpiresAt: new Date(now.getTime() + leaseMs) },
      });
      claimed.push(run.id);
    }
    return claimed;
  });
}
