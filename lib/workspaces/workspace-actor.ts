import type { Role } from "@/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record-audit";
import type { WorkspaceAccess } from "@/lib/auth/authorize-workspace";
import { prisma } from "@/lib/db/prisma";

/**
 * Who is acting inside one workspace, as resolved by the request wrapper:
 * a signed-in member or an API key. `role` is the ceiling for what the actor
 * may grant (a member's role; for an API key, its creator's current role).
 */
export interface WorkspaceActor {
  workspaceId: string;
  role: Role;
  userId: string | null;
  apiKeyId: string | null;
  /** The signed-in browser's session row, when the actor is a user with a session. */
  sessionId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export function toAuditActor(actor: WorkspaceActor): AuditActor {
  return { userId: actor.userId, apiKeyId: actor.apiKeyId, ip: actor.ip ?? null, userAgent: actor.userAgent ?? null };
}

/**
 * The actor for domain functions from what withWorkspace/workspaceAction
 * resolved. An API key acts with its creator's current role as the ceiling
 * (VIEWER once the creator has left), on top of its scopes.
 */
export async function workspaceActorOf(access: WorkspaceAccess, origin: { ip: string | null; userAgent: string | null }): Promise<WorkspaceActor> {
  const base = { workspaceId: access.workspace.id, ip: origin.ip, userAgent: origin.userAgent };
  if (access.actor.type === "user") {
    return { ...base, role: access.membership!.role, userId: access.actor.userId, apiKeyId: null, sessionId: access.actor.sessionId };
  }
  const creatorId = access.actor.createdById;
  const creator = creatorId
    ? await prisma.membership.findUnique({ where: { workspaceId_userId: { workspaceId: access.workspace.id, userId: creatorId } }, select: { role: true } })
    : null;
  return { ...base, role: creator?.role ?? "VIEWER", userId: null, apiKeyId: access.actor.apiKeyId, sessionId: null };
}
