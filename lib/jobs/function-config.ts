import { z } from "@/lib/validation/zod";

/**
 * The slice of a function's registration config (what serve() sends an Inngest
 * server when syncing) that the local executor acts on. Other keys (rateLimit,
 * throttle, debounce, batchEvents, cancelOn, priority, ...) are ignored.
 */
const triggerSchema = z.union([
  z.object({ event: z.string(), expression: z.string().optional() }),
  z.object({ cron: z.string(), jitter: z.string().optional() }),
]);

const concurrencySchema = z.object({ limit: z.number().int(), key: z.string().optional(), scope: z.enum(["fn", "env", "account"]).optional() });

export const syncedFunctionSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  triggers: z.array(triggerSchema).default([]),
  steps: z.record(z.string(), z.looseObject({ retries: z.object({ attempts: z.number().int().min(0) }).optional() })).default({}),
  concurrency: z.union([z.number().int(), concurrencySchema, z.array(concurrencySchema)]).optional(),
});

export type SyncedFunction = z.output<typeof syncedFunctionSchema>;

export interface JobFunctionConfig {
  id: string;
  name: string;
  eventTriggers: { event: string; expression?: string }[];
  cronTriggers: string[];
  /** Attempts per step (and for the function body): retries + 1. */
  maxAttempts: number;
  /** The first concurrency constraint; a second one is not enforced. */
  concurrency?: { limit: number; key?: string; scope: "fn" | "env" | "account" };
}

/** Inngest's default when a function sets no `retries`. */
export const DEFAULT_RETRIES = 3;

export function toJobFunctionConfig(fn: SyncedFunction): JobFunctionConfig {
  const retries = Object.values(fn.steps)[0]?.retries?.attempts ?? DEFAULT_RETRIES;
  const raw = Array.isArray(fn.concurrency) ? fn.concurrency[0] : fn.concurrency;
  const concurrency = raw === undefined ? undefined : typeof raw === "number" ? { limit: raw } : raw;
  return {
    id: fn.id,
    name: fn.name ?? fn.id,
    eventTriggers: fn.triggers.flatMap((t) => ("event" in t ? [{ event: t.event, expression: t.expression }] : [])),
    cronTriggers: fn.triggers.flatMap((t) => ("cron" in t ? [t.cron] : [])),
    maxAttempts: retries + 1,
    concurrency: concurrency && concurrency.limit > 0 ? { limit: concurrency.limit, key: concurrency.key, scope: concurrency.scope ?? "fn" } : undefined,
  };
}
