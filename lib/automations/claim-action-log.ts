import { Prisma, type AutomationActionLog } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";

export interface ActionLogKey {
  workspaceId: string;
  messageId: string;
  ruleId: string;
  ruleName: string;
  actionIndex: number;
  actionType: string;
  params: Prisma.InputJsonValue;
}

export type Claim = { claimed: true; log: AutomationActionLog } | { claimed: false; log: AutomationActionLog };

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Claims one (message, rule, action) for a run. The unique key makes this
 * the once-only gate: a second delivery of the same triaged event, or a
 * re-run, finds the row and does nothing. The run that claimed a row may
 * claim it again (its own retry after a transient failure).
 */
export async function claimActionLog(key: ActionLogKey, runId: string): Promise<Claim> {
  try {
    return { claimed: true, log: await prisma.automationActionLog.create({ data: { ...key, status: "PENDING", claimedBy: runId } }) };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const existing = await prisma.automationActionLog.findUniqueOrThrow({ where: { messageId_ruleId_actionIndex: { messageId: key.messageId, ruleId: key.ruleId, actionIndex: key.actionIndex } } });
  const ownRetry = existing.status === "PENDING" && existing.claimedBy === runId;
  return { claimed: ownRetry, log: existing };
}

/** A log entry for something decided without acting (skipped by a safeguard, AI not available); once per key. */
export async function recordSkipped(key: ActionLogKey, reason: string): Promise<Claim> {
  try {
    return { claimed: true, log: await prisma.automationActionLog.create({ data: { ...key, status: "SKIPPED", error: reason } }) };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { claimed: false, log: await prisma.automationActionLog.findUniqueOrThrow({ where: { messageId_ruleId_actionIndex: { messageId: key.messageId, ruleId: key.ruleId, actionIndex: key.actionIndex } } }) };
  }
}
