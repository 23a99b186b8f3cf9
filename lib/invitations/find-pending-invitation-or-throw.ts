import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";

/** An open invitation of this workspace by id; another workspace's id is a 404. */
export async function findPendingInvitationOrThrow(tx: Pick<Prisma.TransactionClient, "invitation">, workspaceId: string, invitationId: string) {
  const invitation = await tx.invitation.findFirst({
    where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  if (!invitation) throw new AppError("not_found", "Invitation not found.");
  return invitation;
}
