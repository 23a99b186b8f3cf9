import { prisma } from "@/lib/db/prisma";

/**
 * Dev-outbox emails a workspace admin may read: every email to the admin themself,
 * and the shareable ones (no secret link: reminders, notifications) addressed to
 * members of the workspace. A member's password-reset, verification or invitation
 * email is never shown to anyone but that member. Newest first. (Nothing to pending
 * invitees: inviting an address must not reveal its other emails.)
 */
export async function listWorkspaceOutbox(workspaceId: string, userEmail: string, limit = 100) {
  const members = await prisma.membership.findMany({ where: { workspaceId }, select: { user: { select: { email: true } } } });
  const own = userEmail.toLowerCase();
  const others = [...new Set(members.map((m) => m.user.email.toLowerCase()))].filter((e) => e !== own);
  return prisma.outboxEmail.findMany({
    where: { OR: [{ to: own }, { to: { in: others }, sharedWithAdmins: true }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
