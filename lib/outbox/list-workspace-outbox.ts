import { prisma } from "@/lib/db/prisma";

/**
 * Dev-outbox emails a workspace admin may read: those addressed to members of
 * the workspace or to the admin themself. Newest first. (Not to pending
 * invitees: inviting an address must not reveal its other emails.)
 */
export async function listWorkspaceOutbox(workspaceId: string, userEmail: string, limit = 100) {
  const members = await prisma.membership.findMany({ where: { workspaceId }, select: { user: { select: { email: true } } } });
  const to = [...new Set([userEmail, ...members.map((m) => m.user.email)].map((e) => e.toLowerCase()))];
  return prisma.outboxEmail.findMany({
    where: { to: { in: to } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
