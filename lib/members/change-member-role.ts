import type { Role } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { ROLE_RANK } from "@/lib/auth/permissions";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { countOwners, findMembershipOrThrow } from "./find-membership-or-throw";
import { refreshMemberSessions } from "./refresh-member-sessions";

/**
 * Changes a member's role. The actor may only grant roles up to their own and
 * only change members not above them; the last owner is never demoted.
 */
export async function changeMemberRole(actor: WorkspaceActor, membershipId: string, role: Role) {
  const result = await prisma.$transaction(async (tx) => {
    const target = await findMembershipOrThrow(actor.workspaceId, membershipId, tx);
    if (ROLE_RANK[role] > ROLE_RANK[actor.role]) throw new AppError("forbidden", "You can only grant roles up to your own.");
    if (ROLE_RANK[target.role] > ROLE_RANK[actor.role]) throw new AppError("forbidden", "You cannot change the role of someone above you.");
    if (target.role === role) return { membership: target, changed: false };
    if (target.role === "OWNER" && (await countOwners(actor.workspaceId, tx)) <= 1) {
      throw new AppError("conflict", "A workspace needs at least one owner. Transfer ownership first.");
    }
    const updated = await tx.membership.update({ where: { id: target.id }, data: { role }, select: { id: true, role: true, userId: true } });
    await recordAudit(
      {
        workspaceId: actor.workspaceId,
        actor: toAuditActor(actor),
        action: "member.role_changed",
        target: { type: "membership", id: target.id },
        before: { role: target.role, userId: target.userId, email: target.user.email },
        after: { role, userId: target.userId, email: target.user.email },
      },
      tx,
    );
    return { membership: updated, changed: true };
  });
  const rotatedSession = result.changed ? await refreshMemberSessions(result.membership.userId, actor) : null;
  return { id: result.membership.id, role: result.membership.role, userId: result.membership.userId, rotatedSession };
}
