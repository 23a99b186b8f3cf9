import { prisma } from "@/lib/db/prisma";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import { hashInvitationToken } from "./invitation-token";
import { invitationTokenSchema } from "./invitation-schemas";

/**
 * Accepts an invitation as the signed-in user, whose email must be the one
 * invited. Returns the workspace joined (which becomes the user's current one).
 */
export async function acceptInvitation(userId: string, token: string, origin: Omit<AuditActor, "userId"> = {}) {
  if (!invitationTokenSchema.safeParse(token).success) throw new AppError("not_found", "This invitation link is not valid.");
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
    if (!invitation || invitation.revokedAt) throw new AppError("not_found", "This invitation link is not valid. Ask for a new invitation.");
    if (invitation.acceptedAt) throw new AppError("conflict", "This invitation has already been accepted.");
    if (invitation.expiresAt.getTime() <= Date.now()) throw new AppError("conflict", "This invitation has expired. Ask for a new one.");
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw new AppError("forbidden", "This invitation was sent to a different email address. Sign in with the address it was sent to.", { reason: "email_mismatch" });
    }
    // Claim the invitation first so two concurrent accepts cannot both succeed.
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (claimed.count === 0) throw new AppError("conflict", "This invitation has already been accepted.");
    const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } } });
    const membership = existing ?? (await tx.membership.create({ data: { workspaceId: invitation.workspaceId, userId, role: invitation.role } }));
    // Opening the link proves control of the address.
    await tx.user.update({ where: { id: userId }, data: { lastWorkspaceId: invitation.workspaceId } });
    await tx.user.updateMany({ where: { id: userId, emailVerified: null }, data: { emailVerified: new Date() } });
    await recordAudit(
      {
        workspaceId: invitation.workspaceId,
        actor: { ...origin, userId },
        action: "invitation.accepted",
        target: { type: "invitation", id: invitation.id },
        after: { email: invitation.email, role: membership.role, membershipId: membership.id, alreadyMember: Boolean(existing) },
      },
      tx,
    );
    return { workspaceId: invitation.workspaceId, membershipId: membership.id, role: membership.role };
  });
}
