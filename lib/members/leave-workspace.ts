import { prisma } from "@/lib/db/prisma";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import { countOwners } from "./find-membership-or-throw";

/** The signed-in user leaves a workspace; the last owner must transfer ownership first. */
export async function leaveWorkspace(userId: string, workspaceId: string, origin: Omit<AuditActor, "userId"> = {}) {
  await prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { id: true, role: true } });
    if (!membership) throw new AppError("not_found", "Workspace not found.");
    if (membership.role === "OWNER" && (await countOwners(workspaceId, tx)) <= 1) {
      throw new AppError("conflict", "You are the last owner. Transfer ownership to another member before leaving.");
    }
    await tx.membership.delete({ where: { id: membership.id } });
    await tx.user.updateMany({ where: { id: userId, lastWorkspaceId: workspaceId }, data: { lastWorkspaceId: null } });
    await recordAudit(
      { workspaceId, actor: { ...origin, userId, apiKeyId: null }, action: "member.left", target: { type: "membership", id: membership.id }, before: { role: membership.role, userId } },
      tx,
    );
  });
}
