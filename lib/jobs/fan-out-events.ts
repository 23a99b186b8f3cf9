import type { JobFunctionConfig } from "./function-config";
import { triggerMatches } from "./match-trigger";
import { newRun } from "./new-run";
import { prisma } from "@/lib/db/prisma";
import { inJobTransaction } from "./in-job-transaction";

const BATCH = 100;

/**
 * Turns stored events into runs: one per (function, event) whose trigger
 * matches. Events are claimed with SKIP LOCKED so processes share the work,
 * and the (eventId, functionId) unique key makes a repeat harmless.
 * Returns how many events were processed.
 */
export async function fanOutEvents(functions: JobFunctionConfig[], now: Date): Promise<number> {
  // A lock-free look first: most passes find nothing, and a transaction costs three round trips.
  const pending = await prisma.$queryRaw<unknown[]>`SELECT 1 FROM "JobEvent" WHERE "fannedOutAt" IS NULL LIMIT 1`;
  if (pending.length === 0) return 0;
  return inJobTransaction(async (tx) => {
    const events = await tx.$queryRaw<{ id: string; name: string; data: Record<string, unknown>; ts: Date }[]>`
      SELECT "id", "name", "data", "ts" FROM "JobEvent"
      WHERE "fannedOutAt" IS NULL
      ORDER BY "receivedAt", "id"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return 0;
    const runs = events.flatMap((e) => {
      const event = { id: e.id, name: e.name, data: e.data, ts: e.ts.getTime() };
      return functions.filter((fn) => triggerMatches(fn, event)).map((fn) => newRun(fn, event, now, { eventId: e.id }));
    });
    if (runs.length) await tx.jobRun.createMany({ data: runs, skipDuplicates: true });
    await tx.jobEvent.updateMany({ where: { id: { in: events.map((e) => e.id) } }, data: { fannedOutAt: now } });
    return events.length;
  });
}
