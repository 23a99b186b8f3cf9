import { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { modifyMessageLabels, reverseChange } from "./modify-message-labels";

const labelChangeSchema = z.object({ addLabelIds: z.array(z.string()), removeLabelIds: z.array(z.string()) });

/**
 * Reverses a label/archive/mark-read action through Gmail (messages.modify
 * with the recorded change inverted) and logs it as undone by the user.
 * The row is marked first, conditionally, so two clicks undo once.
 */
export async function undoAction(actor: WorkspaceActor, actionLogId: string) {
  const log = await prisma.automationActionLog.findFirst({ where: { id: actionLogId, workspaceId: actor.workspaceId } });
  if (!log) throw new AppError("not_found", "Action not found.");
  if (log.status === "UNDONE") return { id: log.id, status: log.status };
  const change = labelChangeSchema.safeParse(log.undoData);
  if (log.status !== "DONE" || !log.undoable || !change.success) throw new AppError("conflict", "This action cannot be undone.");
  const message = await prisma.mailMessage.findFirst({ where: { id: log.messageId, workspaceId: actor.workspaceId }, include: { mailbox: true } });
  if (!message) throw new AppError("conflict", "The email no longer exists, so there is nothing to undo.");
  if (message.mailbox.status !== "ACTIVE") throw new AppError("conflict", `Reconnect ${message.mailbox.emailAddress} to undo this.`);
  const marked = await prisma.automationActionLog.updateMany({ where: { id: log.id, status: "DONE" }, data: { status: "UNDONE", undoneAt: new Date(), undoneById: actor.userId } });
  if (marked.count === 0) return { id: log.id, status: "UNDONE" as const };
  try {
    await modifyMessageLabels(message.mailbox, message, reverseChange(change.data));
  } catch (error) {
    await prisma.automationActionLog.update({ where: { id: log.id }, data: { status: "DONE", undoneAt: null, undoneById: null } });
    throw new AppError("unavailable", `Gmail did not accept the undo: ${error instanceof Error ? error.message : "unknown error"}. Try again.`);
  }
  await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "automation.action_undone", target: { type: "automation_action", id: log.id }, before: { actionType: log.actionType, messageId: log.messageId } });
  return { id: log.id, status: "UNDONE" as const };
}
