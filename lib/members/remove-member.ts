import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { ROLE_RANK } from "@/lib/auth/permissions";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { countOwners, findMembershipOrThrow } from "./find-membership-or-throw";

/**
 * Removes someone else from the workspace (leaving is leaveWorkspace). Their
 * sessions live on for their other workspaces; access here ends at once because
 * every request re-reads the membership.
 */
export async function removeMember(actor: WorkspaceActor, membershipId: string) {
  const removed = await prisma.$transaction(async (tx) => {
    const target = await findMembershipOrThrow(actor.workspaceId, membershipId, tx);
    if (actor.userId && target.userId === actor.userId) throw new AppError("bad_request", "To remove yourself, leave the workspace instead.");
    if (ROLE_RANK[target.role] > ROLE_RANK[actor.role]) throw new AppError("forbidden", "You cannot remove someone above you.");
    if (target.role === "OWNER" && (await countOwners(actor.workspaceId, tx)) <= 1) {
      throw new AppError("conflict", "The last owner cannot be removed.");
    }
    await tx.membership.delete({ where: { id: target.id } });
    await tx.user.updateMany({ where: { id: target.userId, lastWorkspaceId: actor.workspaceId }, data: { lastWorkspaceId: null } });
    await recordAudit(
      { workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "member.removed", target: { type: "membership", id: target.id }, before: { role: target.role, userId: target.userId, email: target.user.email } },
      tx,
    );
    return target;
  });
  return { id: removed.id };
}
