import { z } from "@/lib/validation/zod";
import { evaluateExpression, UnsupportedExpressionError } from "./evaluate-expression";
import { parseDurationMs } from "./parse-duration";

/**
 * A function's registration config (what serve() sends an Inngest server when
 * syncing), as far as the local executor runs it. Options it cannot honour
 * fail the sync (UnsupportedFunctionConfigError) rather than being ignored,
 * so a function never runs differently here than on Inngest without saying so.
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
  idempotency: z.string().optional(),
  cancel: z.array(z.object({ event: z.string(), if: z.string().optional(), timeout: z.string().optional() })).optional(),
});

export type SyncedFunction = z.output<typeof syncedFunctionSchema>;

export interface ConcurrencyRule {
  limit: number;
  key?: string;
  scope: "fn" | "env" | "account";
}

export interface JobFunctionConfig {
  id: string;
  name: string;
  eventTriggers: { event: string; expression?: string }[];
  cronTriggers: string[];
  /** Attempts per step (and for the function body): retries + 1. */
  maxAttempts: number;
  /** Up to two rules (Inngest's maximum); a run starts only while every one has a free slot. */
  concurrency: ConcurrencyRule[];
  /** One run per value of this expression per 24 hours. */
  idempotency?: string;
  /** Events that cancel an open run: name, `if` over `event` (the trigger) and `async` (the cancelling event), timeout in ms. */
  cancelOn: { event: string; if?: string; timeoutMs?: number }[];
}

/** Inngest's default when a function sets no `retries`. */
export const DEFAULT_RETRIES = 3;

/** Config keys the executor cannot honour; Inngest would apply them, so syncing them here fails. */
const REFUSED = ["rateLimit", "throttle", "debounce", "batchEvents", "priority", "singleton", "timeouts"] as const;

export class UnsupportedFunctionConfigError extends Error {
  constructor(functionId: string, option: string, why: string) {
    super(`Function "${functionId}" uses \`${option}\`, which the local job executor does not support (${why}). Remove it or run the jobs on an Inngest server.`);
    this.name = "UnsupportedFunctionConfigError";
  }
}

/** Refuses at sync time an expression the evaluator cannot read, instead of guessing on every event. */
function checkExpression(functionId: string, option: string, expression: string | undefined, scope: Record<string, unknown>): void {
  if (!expression) return;
  try {
    evaluateExpression(expression, scope);
  } catch (error) {
    if (error instanceof UnsupportedExpressionError) throw new UnsupportedFunctionConfigError(functionId, option, error.message);
    throw error;
  }
}

export function toJobFunctionConfig(fn: SyncedFunction): JobFunctionConfig {
  for (const option of REFUSED) {
    if (fn[option] !== undefined && fn[option] !== null) throw new UnsupportedFunctionConfigError(fn.id, option, "it needs an Inngest server");
  }
  const retries = Object.values(fn.steps)[0]?.retries?.attempts ?? DEFAULT_RETRIES;
  const rules = fn.concurrency === undefined ? [] : Array.isArray(fn.concurrency) ? fn.concurrency : [fn.concurrency];
  if (rules.length > 2) throw new UnsupportedFunctionConfigError(fn.id, "concurrency", "Inngest allows at most two rules");
  const concurrency = rules
    .map((raw) => (typeof raw === "number" ? { limit: raw } : raw))
    .filter((c) => c.limit > 0)
    .map((c) => ({ limit: c.limit, key: c.key, scope: c.scope ?? "fn" }));
  const eventScope = { event: { name: "", data: {}, ts: 0 } };
  for (const c of concurrency) checkExpression(fn.id, "concurrency.key", c.key, eventScope);
  checkExpression(fn.id, "idempotency", fn.idempotency, eventScope);
  const cancelOn = (fn.cancel ?? []).map((c) => {
    checkExpression(fn.id, "cancelOn.if", c.if, { ...eventScope, async: eventScope.event });
    const timeoutMs = c.timeout === undefined ? undefined : parseDurationMs(c.timeout);
    if (timeoutMs === null) throw new UnsupportedFunctionConfigError(fn.id, "cancelOn.timeout", `cannot read ${JSON.stringify(c.timeout)}`);
    return { event: c.event, if: c.if, timeoutMs };
  });
  return {
    id: fn.id,
    name: fn.name ?? fn.id,
    eventTriggers: fn.triggers.flatMap((t) => ("event" in t ? [{ event: t.event, expression: t.expression }] : [])),
    cronTriggers: fn.triggers.flatMap((t) => ("cron" in t ? [t.cron] : [])),
    maxAttempts: retries + 1,
    concurrency,
    idempotency: fn.idempotency,
    cancelOn,
  };
}
