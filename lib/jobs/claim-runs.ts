import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { sqlTime } from "./sql-time";
import { inJobTransaction } from "./in-job-transaction";

interface Candidate {
  id: string;
  concurrencyKey: string | null;
  concurrencyLimit: number | null;
}

const due = (now: Date) => Prisma.sql`
  (("status" IN ('QUEUED', 'SLEEPING') AND "runAt" <= ${sqlTime(now)})
   OR ("status" = 'RUNNING' AND "leaseExpiresAt" < ${sqlTime(now)}))`;

/**
 * Leases up to `max` runs that are due: queued or sleeping runs whose time has
 * come, and running runs whose lease expired (their worker died; they resume
 * from their memoised steps). Candidates are read without locks, then each is
 * locked with SKIP LOCKED and re-checked, so concurrent claimers split the
 * work instead of one locking rows it will not take. A run with a concurrency
 * key is skipped while `limit` leased runs share that key; the per-key
 * advisory lock serialises that count across processes.
 */
export async function claimRuns(options: { workerId: string; max: number; now: Date; leaseMs: number }): Promise<string[]> {
  const { workerId, max, now, leaseMs } = options;
  if (max <= 0) return [];
  const candidates = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "JobRun" WHERE ${due(now)} ORDER BY "runAt", "id" LIMIT ${Math.min(max * 10, 200)}`;
  if (candidates.length === 0) return [];
  return inJobTransaction(async (tx) => {
    const claimed: string[] = [];
    for (const { id } of candidates) {
      if (claimed.length >= max) break;
      const [run] = await tx.$queryRaw<Candidate[]>`
        SELECT "id", "concurrencyKey", "concurrencyLimit" FROM "JobRun"
        WHERE "id" = ${id} AND ${due(now)}
        FOR UPDATE SKIP LOCKED`;
      if (!run) continue;
      if (run.concurrencyKey && run.concurrencyLimit) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${run.concurrencyKey}, 0))`;
        const [{ active }] = (await tx.$queryRaw<{ active: number }[]>`
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
