import type { Prisma } from "@/generated/prisma/client";
import { evaluateExpression } from "./evaluate-expression";
import type { JobFunctionConfig } from "./function-config";
import { eventNameMatches, type TriggerEvent } from "./match-trigger";
import { toJson } from "./to-json";

type Tx = Prisma.TransactionClient;

interface OpenRun {
  id: string;
  functionId: string;
  event: TriggerEvent;
  triggeredAt: Date;
}

/**
 * `cancelOn`, as Inngest applies it: an event named in a function's cancel
 * list cancels that function's open runs (queued, running or sleeping) that
 * were triggered before the event arrived, within the rule's timeout, when
 * the rule's `if` holds with `event` = the run's trigger and `async` = the
 * cancelling event. A cancelled run keeps its memoised steps; a worker
 * driving it loses its lease and drops whatever it was doing.
 * Returns how many runs were cancelled.
 */
export async function cancelRunsOnEvents(tx: Tx, functions: JobFunctionConfig[], events: (TriggerEvent & { receivedAt: Date })[], now: Date): Promise<number> {
  const rules = functions.flatMap((fn) => fn.cancelOn.map((rule) => ({ fn, rule })));
  const hits = rules.flatMap(({ fn, rule }) => events.filter((e) => eventNameMatches(rule.event, e.name)).map((e) => ({ fn, rule, cancel: e })));
  if (hits.length === 0) return 0;
  const functionIds = [...new Set(hits.map((h) => h.fn.id))];
  const open = await tx.$queryRaw<OpenRun[]>`
    SELECT r."id", r."functionId", r."event", coalesce(e."receivedAt", r."createdAt") AS "triggeredAt"
    FROM "JobRun" r LEFT JOIN "JobEvent" e ON e."id" = r."eventId"
    WHERE r."functionId" = ANY(${functionIds}) AND r."status" IN ('QUEUED', 'RUNNING', 'SLEEPING')
    FOR UPDATE OF r`;
  const cancelled = new Map<string, TriggerEvent>();
  for (const run of open) {
    for (const { fn, rule, cancel } of hits) {
      if (fn.id !== run.functionId || cancelled.has(run.id)) continue;
      if (run.triggeredAt > cancel.receivedAt) continue;
      if (rule.timeoutMs !== undefined && cancel.receivedAt.getTime() > run.triggeredAt.getTime() + rule.timeoutMs) continue;
      if (rule.if && !evaluateExpression(rule.if, { event: run.event, async: cancel })) continue;
      cancelled.set(run.id, cancel);
    }
  }
  for (const [runId, cancel] of cancelled) {
    await tx.jobRun.update({
      where: { id: runId },
      data: {
        status: "CANCELLED",
        finishedAt: now,
        leaseOwner: null,
        leaseExpiresAt: null,
        plannedSteps: [],
        error: toJson({ name: "FunctionCancelled", message: `Cancelled by event ${cancel.name} (${cancel.id ?? "no id"})` }),
      },
    });
  }
  return cancelled.size;
}
