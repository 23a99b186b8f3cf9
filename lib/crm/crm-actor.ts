import type { CrmActorType } from "@/generated/prisma/enums";
import type { WorkspaceAccess } from "@/lib/auth/authorize-workspace";

/** Who changed a CRM record: a member, an API key, the system (email feeding, jobs) or the AI. */
export interface CrmActor {
  workspaceId: string;
  type: CrmActorType;
  userId: string | null;
  apiKeyId?: string | null;
}

export function crmActorOf(access: WorkspaceAccess): CrmActor {
  if (access.actor.type === "user") return { workspaceId: access.workspace.id, type: "USER", userId: access.actor.userId };
  return { workspaceId: access.workspace.id, type: "API", userId: access.actor.createdById, apiKeyId: access.actor.apiKeyId };
}

export const systemActor = (workspaceId: string): CrmActor => ({ workspaceId, type: "SYSTEM", userId: null });
