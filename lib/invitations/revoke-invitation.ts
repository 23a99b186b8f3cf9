import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { ROLE_RANK } from "@/lib/auth/permissions";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { findPendingInvitationOrThrow } from "./find-pending-invitation-or-throw";

/** Revokes an open invitation so its link stops working. */
export async function revokeInvitation(actor: WorkspaceActor, invitationId: string) {
  return prisma.$transaction(async (tx) => {
    const invitation = await findPendingInvitationOrThrow(tx, actor.workspaceId, invitationId);
    if (ROLE_RANK[invitation.role] > ROLE_RANK[actor.role]) throw new AppError("forbidden", "You cannot revoke an invitation for a role above yours.");
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    await recordAudit(
      { workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "invitation.revoked", target: { type: "invitation", id: invitation.id }, before: { email: invitation.email, role: invitation.role } },
      tx,
    );
    return { id: invitation.id };
  });
}
