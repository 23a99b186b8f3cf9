import type { Prisma } from "@/generated/prisma/client";
import { concurrencyKeysFor } from "./concurrency-key";
import type { JobFunctionConfig } from "./function-config";
import { newJobId } from "./job-ids";
import type { TriggerEvent } from "./match-trigger";

/** A queued run of `fn` for `event`, ready for `jobRun.createMany`. */
export function newRun(fn: JobFunctionConfig, event: TriggerEvent & { id: string }, now: Date, extra: { eventId?: string; cronTick?: Date } = {}): Prisma.JobRunCreateManyInput {
  const [first, second] = concurrencyKeysFor(fn, event);
  return {
    id: newJobId("run", now),
    functionId: fn.id,
    eventId: extra.eventId,
    eventName: event.name,
    event: { id: event.id, name: event.name, data: event.data as Prisma.InputJsonObject, ts: event.ts },
    cronTick: extra.cronTick,
    maxAttempts: fn.maxAttempts,
    concurrencyKey: first?.key,
    concurrencyLimit: first?.limit,
    concurrencyKey2: second?.key,
    concurrencyLimit2: second?.limit,
    runAt: now,
    createdAt: now,
  };
}
