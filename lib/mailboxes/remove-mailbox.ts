import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";

/**
 * Removes a disconnected mailbox from the workspace, freeing its plan slot
 * (so another account can be connected on a one-mailbox plan). The member
 * chooses what happens to its mail: kept (the row stays, marked removed, its
 * mail still in the inbox and on CRM timelines; reconnecting the address
 * revives it) or deleted (messages, threads, triage verdicts, drafts,
 * automation logs and the emails' timeline entries; CRM records stay). A
 * connected mailbox must be disconnected first (409), so nothing is removed
 * while Gmail still pushes to it.
 */
export async function removeMailbox(actor: WorkspaceActor, mailboxId: string, options: { deleteMail: boolean }): Promise<{ id: string; deletedMessages: number }> {
  const mailbox = await prisma.mailbox.findFirst({ where: { id: mailboxId, workspaceId: actor.workspaceId, removedAt: null } });
  if (!mailbox) throw new AppError("not_found", "Mailbox not found.");
  if (mailbox.status !== "DISCONNECTED") throw new AppError("conflict", "Disconnect this mailbox before removing it.");
  const workspaceId = actor.workspaceId;
  return prisma.$transaction(async (tx) => {
    let deletedMessages = 0;
    if (options.deleteMail) {
      const ids = (await tx.mailMessage.findMany({ where: { workspaceId, mailboxId }, select: { id: true } })).map((m) => m.id);
      // These rows name a message without a foreign key, so the cascade from the mailbox would not reach them.
      const byMessage = { workspaceId, messageId: { in: ids } };
      await tx.mailTriage.deleteMany({ where: byMessage });
      await tx.draft.deleteMany({ where: byMessage });
      await tx.automationActionLog.deleteMany({ where: byMessage });
      await tx.activity.deleteMany({ where: byMessage });
      deletedMessages = ids.length;
      await tx.mailbox.delete({ where: { id: mailbox.id } });
    } else {
      await tx.mailbox.update({ where: { id: mailbox.id }, data: { removedAt: new Date() } });
    }
    await recordAudit(
      {
        workspaceId,
        actor: toAuditActor(actor),
        action: "mailbox.removed",
        target: { type: "mailbox", id: mailbox.id },
        before: { emailAddress: mailbox.emailAddress, status: mailbox.status },
        after: { mailKept: !options.deleteMail, deletedMessages },
      },
      tx,
    );
    return { id: mailbox.id, deletedMessages };
  });
}
