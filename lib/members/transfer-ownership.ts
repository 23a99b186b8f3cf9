import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { findMembershipOrThrow } from "./find-membership-or-throw";
import { refreshMemberSessions } from "./refresh-member-sessions";

/** Hands ownership to another member; the previous owner becomes an admin. */
export async function transferOwnership(actor: WorkspaceActor, membershipId: string) {
  if (!actor.userId || actor.role !== "OWNER") throw new AppError("forbidden", "Only an owner can transfer ownership.");
  const fromUserId = actor.userId;
  const result = await prisma.$transaction(async (tx) => {
    const target = await findMembershipOrThrow(actor.workspaceId, membershipId, tx);
    const from = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId: fromUserId } }, select: { id: true, role: true } });
    if (!from || from.role !== "OWNER") throw new AppError("forbidden", "Only an owner can transfer ownership.");
    if (target.id === from.id) throw new AppError("bad_request", "You already own this workspace.");
    await tx.membership.update({ where: { id: target.id }, data: { role: "OWNER" } });
    await tx.membership.update({ where: { id: from.id }, data: { role: "ADMIN" } });
    await recordAudit(
      {
        workspaceId: actor.workspaceId,
        actor: toAuditActor(actor),
        action: "ownership.transferred",
        target: { type: "membership", id: target.id },
        before: { ownerUserId: fromUserId, targetRole: target.role },
        after: { ownerUserId: target.userId, previousOwnerRole: "ADMIN" },
      },
      tx,
    );
    return { newOwnerUserId: target.userId };
  });
  await refreshMemberSessions(result.newOwnerUserId, actor);
  const rotatedSession = await refreshMemberSessions(fromUserId, actor);
  return { ...result, rotatedSession };
}
