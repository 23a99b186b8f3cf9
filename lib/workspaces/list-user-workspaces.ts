import { prisma } from "@/lib/db/prisma";

/** The workspaces a user belongs to, with their role in each, by name. */
export async function listUserWorkspaces(userId: string) {
  const memberships = await prisma.membership.findMany({
    where: { userId },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
  return memberships.map((m) => ({ ...m.workspace, role: m.role }));
}
