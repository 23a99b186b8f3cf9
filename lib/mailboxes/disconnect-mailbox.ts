import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { stopMailboxWatch } from "./stop-mailbox-watch";

/** statusReason of a deliberate disconnect (the reconnect banner leaves these alone). */
export const DISCONNECTED_BY_MEMBER = "Disconnected by a member of the workspace.";

/**
 * Disconnects a mailbox of this workspace: stops its Gmail watch (best
 * effort), deletes its tokens and marks it DISCONNECTED. Stored mail and the
 * history cursor stay, so a reconnect resumes where it stopped. The grant is
 * not revoked at Google: the same Google account may be connected to another
 * workspace under the same grant, and revoking would cut that one off too.
 */
export async function disconnectMailbox(actor: WorkspaceActor, mailboxId: string): Promise<{ id: string; watchStopped: boolean }> {
  const mailbox = await prisma.mailbox.findFirst({ where: { id: mailboxId, workspaceId: actor.workspaceId } });
  if (!mailbox) throw new AppError("not_found", "Mailbox not found.");
  if (mailbox.status === "DISCONNECTED" && !mailbox.refreshTokenEnc && !mailbox.accessTokenEnc) return { id: mailbox.id, watchStopped: false };

  const watchStopped = await stopMailboxWatch(mailbox);
  await prisma.$transaction(async (tx) => {
    await tx.mailbox.update({
      where: { id: mailbox.id },
      data: {
        status: "DISCONNECTED",
        statusReason: DISCONNECTED_BY_MEMBER,
        refreshTokenEnc: null,
        accessTokenEnc: null,
        accessTokenExpiresAt: null,
        watchExpiresAt: null,
        disconnectedAt: new Date(),
      },
    });
    await recordAudit(
      {
        workspaceId: actor.workspaceId,
        actor: toAuditActor(actor),
        action: "mailbox.disconnected",
        target: { type: "mailbox", id: mailbox.id },
        before: { emailAddress: mailbox.emailAddress, status: mailbox.status },
        after: { status: "DISCONNECTED", watchStopped },
      },
      tx,
    );
  });
  return { id: mailbox.id, watchStopped };
}
