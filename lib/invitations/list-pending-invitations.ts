import { prisma } from "@/lib/db/prisma";

/** Invitations not yet accepted or revoked, newest first; expired ones are flagged. */
export async function listPendingInvitations(workspaceId: string) {
  const rows = await prisma.invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, invitedById: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const now = Date.now();
  return rows.map((r) => ({ ...r, expired: r.expiresAt.getTime() <= now }));
}

export type PendingInvitation = Awaited<ReturnType<typeof listPendingInvitations>>[number];
