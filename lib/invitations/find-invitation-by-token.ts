import { prisma } from "@/lib/db/prisma";
import { hashInvitationToken } from "./invitation-token";
import { invitationTokenSchema } from "./invitation-schemas";

export type InvitationState = "pending" | "expired" | "revoked" | "accepted";

/** What the accept page shows for a token; null for an unknown or malformed one. */
export async function findInvitationByToken(token: string) {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, workspace: { select: { id: true, name: true } } },
  });
  if (!invitation) return null;
  const state: InvitationState = invitation.acceptedAt
    ? "accepted"
    : invitation.revokedAt
      ? "revoked"
      : invitation.expiresAt.getTime() <= Date.now()
        ? "expired"
        : "pending";
  return { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, workspace: invitation.workspace, state };
}
