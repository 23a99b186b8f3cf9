import { prisma } from "@/lib/db/prisma";

/** The members of a workspace with their roles, owners first. */
export async function listMembers(workspaceId: string) {
  const rows = await prisma.membership.findMany({
    where: { workspaceId },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true, image: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const rank = { OWNER: 0, ADMIN: 1, MEMBER: 2, VIEWER: 3 } as const;
  return rows
    .map((m) => ({ id: m.id, role: m.role, joinedAt: m.createdAt, userId: m.user.id, email: m.user.email, name: m.user.name, image: m.user.image }))
    .sort((a, b) => rank[a.role] - rank[b.role]);
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];
