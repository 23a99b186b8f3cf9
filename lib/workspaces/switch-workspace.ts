import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";

/**
 * Makes a workspace the user's current one (remembered on the user for the
 * next sign-in). A workspace the user is not a member of is a 404, whether or
 * not it exists.
 */
export async function switchWorkspace(userId: string, workspaceId: string) {
  const membership = await prisma.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true } } },
  });
  if (!membership) throw new AppError("not_found", "Workspace not found.");
  await prisma.user.update({ where: { id: userId }, data: { lastWorkspaceId: workspaceId } });
  return { ...membership.workspace, role: membership.role };
}
