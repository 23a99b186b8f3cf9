import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { sqlTime } from "./sql-time";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows per DELETE: short statements, so pruning never holds locks the executor waits on for long. */
const BATCH = 1000;

export interface PruneReport {
  runs: number;
  events: number;
  keys: number;
}

async function deleteInBatches(select: Prisma.Sql, table: Prisma.Sql, key: Prisma.Sql): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await prisma.$executeRaw`DELETE FROM ${table} WHERE ${key} IN (${select} LIMIT ${BATCH})`;
    total += n;
    if (n < BATCH) return total;
  }
}

/**
 * Deletes the local executor's history past its retention: finished runs
 * (completed, cancelled) after `days`, failed runs after `failedDays` (their
 * steps and attempts go with them, by cascade), events fanned out more than
 * `days` ago, and expired dedupe keys. Each query walks an index on
 * (status, finishedAt), receivedAt or expiresAt, so a prune costs what it
 * deletes, not the size of the tables. Open runs are never touched, however old.
 */
export async function pruneJobHistory(options: { days: number; failedDays: number; now?: Date }): Promise<PruneReport> {
  const now = options.now ?? new Date();
  const cutoff = sqlTime(new Date(now.getTime() - options.days * DAY_MS));
  const failedCutoff = sqlTime(new Date(now.getTime() - options.failedDays * DAY_MS));
  const run = Prisma.sql`"JobRun"`;
  const id = Prisma.sql`"id"`;
  const runs =
    (await deleteInBatches(Prisma.sql`SELECT "id" FROM "JobRun" WHERE "status" = 'COMPLETED' AND "finishedAt" < ${cutoff}`, run, id)) +
    (await deleteInBatches(Prisma.sql`SELECT "id" FROM "JobRun" WHERE "status" = 'CANCELLED' AND "finishedAt" < ${cutoff}`, run, id)) +
    (await deleteInBatches(Prisma.sql`SELECT "id" FROM "JobRun" WHERE "status" = 'FAILED' AND "finishedAt" < ${failedCutoff}`, run, id));
  const events = await deleteInBatches(
    Prisma.sql`SELECT "id" FROM "JobEvent" WHERE "receivedAt" < ${cutoff} AND "fannedOutAt" IS NOT NULL`,
    Prisma.sql`"JobEvent"`,
    id,
  );
  const keys =
    (await deleteInBatches(Prisma.sql`SELECT "key" FROM "JobEventKey" WHERE "expiresAt" < ${sqlTime(now)}`, Prisma.sql`"JobEventKey"`, Prisma.sql`"key"`)) +
    (await deleteInBatches(Prisma.sql`SELECT "key" FROM "JobRunKey" WHERE "expiresAt" < ${sqlTime(now)}`, Prisma.sql`"JobRunKey"`, Prisma.sql`"key"`));
  return { runs, events, keys };
}
