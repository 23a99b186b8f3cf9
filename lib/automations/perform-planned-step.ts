import type { AutomationActionStatus, Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { actionSchema } from "./automation-schemas";
import { claimActionLog, recordSkipped, type ActionLogKey } from "./claim-action-log";
import { executeAction } from "./execute-action";
import { isRetryableError } from "./is-retryable-error";
import type { TriageFacts } from "./evaluate-condition";
import type { PlannedStep } from "./plan-automations";

export interface StepRun {
  runId: string;
  /** On the last attempt a transient error is logged as failed instead of retried. */
  finalAttempt: boolean;
}

export interface StepResult {
  status: AutomationActionStatus;
  /** True when an earlier run already handled this (message, rule, action). */
  duplicate: boolean;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Performs (or logs as skipped) one planned step exactly once per
 * (message, rule, action): claim the log row, act, record the outcome.
 */
export async function performPlannedStep(workspaceId: string, messageId: string, step: PlannedStep, triage: TriageFacts | null, run: StepRun): Promise<StepResult> {
  const key: ActionLogKey = { workspaceId, messageId, ruleId: step.ruleId, ruleName: step.ruleName, actionIndex: step.actionIndex, actionType: step.actionType, params: step.params as Prisma.InputJsonObject };
  if (step.decision === "skip") {
    const skipped = await recordSkipped(key, step.reason ?? "Skipped.");
    return { status: skipped.log.status, duplicate: !skipped.claimed };
  }
  const claim = await claimActionLog(key, run.runId);
  if (!claim.claimed) return { status: claim.log.status, duplicate: true };
  const finish = (status: AutomationActionStatus, data: { error?: string | null; undoable?: boolean; undoData?: object; params?: object }) =>
    prisma.automationActionLog.update({ where: { id: claim.log.id }, data: { status, error: data.error ?? null, undoable: data.undoable ?? false, undoData: data.undoData, ...(data.params ? { params: data.params } : {}) } });

  const message = await prisma.mailMessage.findFirst({ where: { id: messageId, workspaceId }, include: { mailbox: true } });
  if (!message) {
    await finish("SKIPPED", { error: "The email no longer exists." });
    return { status: "SKIPPED", duplicate: false };
  }
  const action = actionSchema.parse({ type: step.actionType, ...step.params });
  const { mailbox, ...mail } = message;
  if (mailbox.status !== "ACTIVE" && ["label", "archive", "mark_read", "forward", "auto_send"].includes(action.type)) {
    await finish("FAILED", { error: `The mailbox ${mailbox.emailAddress} is not connected (${mailbox.status.toLowerCase()}).` });
    return { status: "FAILED", duplicate: false };
  }
  try {
    const outcome = await executeAction(action, { workspaceId, message: mail, mailbox, triage, rule: { id: step.ruleId, name: step.ruleName }, logId: claim.log.id });
    const done = outcome.status === "DONE";
    const params = { ...step.params, ...(outcome.result === undefined ? {} : { result: outcome.result }), ...(done && outcome.note ? { note: outcome.note } : {}) };
    await finish(outcome.status, { error: done ? null : (outcome.note ?? null), undoable: outcome.undoable, undoData: outcome.undoData as object | undefined, params });
    return { status: outcome.status, duplicate: false };
  } catch (error) {
    if (isRetryableError(error) && !run.finalAttempt) throw error;
    logger.warn({ err: error, workspaceId, messageId, ruleId: step.ruleId, action: action.type }, "automation action failed");
    await finish("FAILED", { error: errorText(error) });
    return { status: "FAILED", duplicate: false };
  }
}
