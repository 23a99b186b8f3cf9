import { evaluateExpression } from "./evaluate-expression";
import type { ConcurrencyRule, JobFunctionConfig } from "./function-config";
import type { TriggerEvent } from "./match-trigger";

function keyFor(fn: JobFunctionConfig, rule: ConcurrencyRule, event: TriggerEvent): { key: string; limit: number } {
  // Key expressions were checked when the function was synced (function-config.ts).
  const value = rule.key ? JSON.stringify(evaluateExpression(rule.key, { event }) ?? null) : "";
  const scope = rule.scope === "fn" ? `fn:${fn.id}` : `${rule.scope}:${rule.key ?? ""}`;
  return { key: rule.key ? `${scope}:${value}` : scope, limit: rule.limit };
}

/**
 * The keys a run shares its function's concurrency limits under, one per rule
 * (at most two): per function for scope "fn" (Inngest's default), across
 * functions for "env"/"account" (one app, one environment here).
 */
export function concurrencyKeysFor(fn: JobFunctionConfig, event: TriggerEvent): { key: string; limit: number }[] {
  return fn.concurrency.map((rule) => keyFor(fn, rule, event));
}
