import { prisma } from "@/lib/db/prisma";
import { ROLE_RANK } from "@/lib/auth/permissions";
import { AppError } from "@/lib/http/app-error";
import type { WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { findPendingInvitationOrThrow } from "./find-pending-invitation-or-throw";
import { INVITATION_TTL_MS } from "./invitation-schemas";
import { generateInvitationToken } from "./invitation-token";
import { sendInvitationEmail } from "./send-invitation-email";

/**
 * Sends an open invitation again. Only the token's hash is stored, so a new
 * token is issued (the old link stops working) and the 7 days start over.
 */
export async function resendInvitation(actor: WorkspaceActor, invitationId: string) {
  const { token, tokenHash } = generateInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const { invitation, workspaceName, inviterName } = await prisma.$transaction(async (tx) => {
    const found = await findPendingInvitationOrThrow(tx, actor.workspaceId, invitationId);
    if (ROLE_RANK[found.role] > ROLE_RANK[actor.role]) throw new AppError("forbidden", "You cannot resend an invitation for a role above yours.");
    const invitation = await tx.invitation.update({ where: { id: found.id }, data: { tokenHash, expiresAt }, select: { id: true, email: true, role: true, expiresAt: true } });
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { name: true } });
    const inviter = actor.userId ? await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true } }) : null;
    return { invitation, workspaceName: workspace.name, inviterName: inviter ? (inviter.name ?? inviter.email) : null };
  });
  await sendInvitationEmail({ to: invitation.email, token, workspaceName, inviterName, role: invitation.role, expiresAt });
  return invitation;
}
