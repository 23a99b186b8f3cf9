import type { Role } from "@/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record-audit";

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
  ip?: string | null;
  userAgent?: string | null;
}

export function toAuditActor(actor: WorkspaceActor): AuditActor {
  return { userId: actor.userId, apiKeyId: actor.apiKeyId, ip: actor.ip ?? null, userAgent: actor.userAgent ?? null };
}
