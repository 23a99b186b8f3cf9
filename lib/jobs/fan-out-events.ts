import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { cancelRunsOnEvents } from "./cancel-runs-on-events";
import { evaluateExpression } from "./evaluate-expression";
import type { JobFunctionConfig } from "./function-config";
import { inJobTransaction } from "./in-job-transaction";
import { triggerMatches, type TriggerEvent } from "./match-trigger";
import { newRun } from "./new-run";
import { takeIdempotencyKeys } from "./take-idempotency-keys";

const BATCH = 100;

/** Drops runs whose function's idempotency key was already used within 24 hours (in this batch or before). */
async function keepIdempotent(tx: Prisma.TransactionClient, runs: { fn: JobFunctionConfig; event: TriggerEvent; run: Prisma.JobRunCreateManyInput }[], now: Date) {
  const keyed = new Map<string, string>();
  const keyOf = new Map<string, string>();
  for (const { fn, event, run } of runs) {
    if (!fn.idempotency) continue;
    const key = `${fn.id}:${JSON.stringify(evaluateExpression(fn.idempotency, { event }) ?? null)}`;
    keyOf.set(run.id!, key);
    if (!keyed.has(key)) keyed.set(key, run.id!);
  }
  if (keyed.size === 0) return runs.map((r) => r.run);
  const taken = await takeIdempotencyKeys(tx, [...keyed].map(([key, runId]) => ({ key, runId })), now);
  return runs.filter(({ run }) => {
    const key = keyOf.get(run.id!);
    return key === undefined || (taken.has(key) && keyed.get(key) === run.id);
  }).map((r) => r.run);
}

/**
 * Turns stored events into runs: one per (function, event) whose trigger
 * matches, minus those an idempotency key has already run; then applies
 * `cancelOn` rules the events match. Events are claimed with SKIP LOCKED so
 * processes share the work, and the (eventId, functionId) unique key makes a
 * repeat harmless. Returns how many events were processed.
 */
export async function fanOutEvents(functions: JobFunctionConfig[], now: Date): Promise<number> {
  // A lock-free look first: most passes find nothing, and a transaction costs three round trips.
  const pending = await prisma.$queryRaw<unknown[]>`SELECT 1 FROM "JobEvent" WHERE "fannedOutAt" IS NULL LIMIT 1`;
  if (pending.length === 0) return 0;
  return inJobTransaction(async (tx) => {
    const events = await tx.$queryRaw<{ id: string; name: string; data: Record<string, unknown>; ts: Date; receivedAt: Date }[]>`
      SELECT "id", "name", "data", "ts", "receivedAt" FROM "JobEvent"
      WHERE "fannedOutAt" IS NULL
      ORDER BY "receivedAt", "id"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return 0;
    const triggers = events.map((e) => ({ id: e.id, name: e.name, data: e.data, ts: e.ts.getTime(), receivedAt: e.receivedAt }));
    const candidates = triggers.flatMap((e) => {
      const event = { id: e.id, name: e.name, data: e.data, ts: e.ts };
      return functions.filter((fn) => triggerMatches(fn, event)).map((fn) => ({ fn, event, run: newRun(fn, event, now, { eventId: e.id }) }));
    });
    const runs = await keepIdempotent(tx, candidates, now);
    if (runs.length) await tx.jobRun.createMany({ data: runs, skipDuplicates: true });
    await cancelRunsOnEvents(tx, functions, triggers, now);
    await tx.jobEvent.updateMany({ where: { id: { in: events.map((e) => e.id) } }, data: { fannedOutAt: now } });
    return events.length;
  });
}
