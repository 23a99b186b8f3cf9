import { SSO_PROVIDER_PREFIX } from "@/lib/auth/providers";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { findWorkspaceSsoConnection } from "./find-workspace-sso-connection";
import { auditedSsoFields } from "./sso-audit";
import { deleteSsoConnectionSchema } from "./sso-schemas";

/** Removes a connection: the domain's users sign in with their other methods again (their accounts stay). */
export async function deleteSsoConnection(actor: WorkspaceActor, input: { connectionId: string }): Promise<{ id: string }> {
  const { connectionId } = deleteSsoConnectionSchema.parse(input);
  const current = await findWorkspaceSsoConnection(actor.workspaceId, connectionId);
  await prisma.$transaction(async (tx) => {
    await tx.ssoConnection.delete({ where: { id: current.id } });
    // Its linked accounts (and their tokens) can never be used again.
    await tx.account.deleteMany({ where: { provider: `${SSO_PROVIDER_PREFIX}${current.id}` } });
    await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "sso.deleted", target: { type: "sso_connection", id: current.id }, before: auditedSsoFields(current) }, tx);
  });
  return { id: current.id };
}
