import { logger } from "@/lib/observability/logger";
import { evaluateExpression } from "./evaluate-expression";
import type { JobFunctionConfig } from "./function-config";
import type { TriggerEvent } from "./match-trigger";

/**
 * The key runs share a concurrency limit under: per function for scope "fn"
 * (Inngest's default), across functions for "env"/"account". A key expression
 * we cannot evaluate falls back to the function-wide key, which is stricter
 * than intended, never looser.
 */
export function concurrencyKeyFor(fn: JobFunctionConfig, event: TriggerEvent): { key: string; limit: number } | null {
  const c = fn.concurrency;
  if (!c) return null;
  let value = "";
  if (c.key) {
    try {
      value = JSON.stringify(evaluateExpression(c.key, { event }) ?? null);
    } catch (error) {
      logger.warn({ err: error, functionId: fn.id }, "concurrency key not supported by the local executor; limiting the whole function");
      return { key: `fn:${fn.id}`, limit: c.limit };
    }
  }
  const scope = c.scope === "fn" ? `fn:${fn.id}` : `${c.scope}:${c.key ?? ""}`;
  return { key: c.key ? `${scope}:${value}` : scope, limit: c.limit };
}
