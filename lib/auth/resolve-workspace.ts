import type { Membership, User, Workspace } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";

export type MembershipWithWorkspace = Membership & { workspace: Workspace };

/**
 * The workspace a signed-in user is acting in: the one asked for (header or
 * route param) if they belong to it; else their current one (the fikiri_ws
 * cookie, then User.lastWorkspaceId, then their first membership). Null when
 * they do not belong to it, which callers answer with 404.
 */
export async function resolveUserWorkspace(
  user: Pick<User, "id" | "lastWorkspaceId">,
  requestedWorkspaceId: string | null | undefined,
  cookieWorkspaceId?: string | null,
): Promise<MembershipWithWorkspace | null> {
  const membershipIn = (workspaceId: string) =>
    prisma.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: user.id } }, include: { workspace: true } });
  if (requestedWorkspaceId) return membershipIn(requestedWorkspaceId);
  for (const candidate of [cookieWorkspaceId, user.lastWorkspaceId]) {
    if (!candidate) continue;
    const membership = await membershipIn(candidate);
    if (membership) return membership;
  }
  return prisma.membership.findFirst({ where: { userId: user.id }, orderBy: { createdAt: "asc" }, include: { workspace: true } });
}
