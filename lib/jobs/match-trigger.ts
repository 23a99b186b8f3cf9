import { logger } from "@/lib/observability/logger";
import { evaluateExpression } from "./evaluate-expression";
import type { JobFunctionConfig } from "./function-config";

export interface TriggerEvent {
  id?: string;
  name: string;
  data: Record<string, unknown>;
  ts: number;
}

/** `app/*` matches every event whose name starts with `app/`; otherwise names must be equal. */
export function eventNameMatches(pattern: string, name: string): boolean {
  if (pattern === name) return true;
  const star = pattern.indexOf("*");
  return star >= 0 && pattern.endsWith("*") && star === pattern.length - 1 && name.startsWith(pattern.slice(0, -1));
}

/** Does any of the function's event triggers (name and `if` expression) accept this event? */
export function triggerMatches(fn: JobFunctionConfig, event: TriggerEvent): boolean {
  return fn.eventTriggers.some((trigger) => {
    if (!eventNameMatches(trigger.event, event.name)) return false;
    if (!trigger.expression) return true;
    try {
      return Boolean(evaluateExpression(trigger.expression, { event }));
    } catch (error) {
      // An expression we cannot evaluate would otherwise run the function on
      // events it was written to skip; refusing is the safer failure.
      logger.warn({ err: error, functionId: fn.id, event: event.name }, "trigger expression not supported by the local executor; skipping");
      return false;
    }
  });
}
