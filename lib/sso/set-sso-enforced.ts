import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { findWorkspaceSsoConnection } from "./find-workspace-sso-connection";
import { toSsoConnectionView, type SsoConnectionView } from "./sso-connection-view";
import { setSsoEnforcedSchema } from "./sso-schemas";

/** Turns "members of the domain must use SSO" on or off. */
export async function setSsoEnforced(actor: WorkspaceActor, input: { connectionId: string; enforced: boolean }): Promise<SsoConnectionView> {
  const { connectionId, enforced } = setSsoEnforcedSchema.parse(input);
  const current = await findWorkspaceSsoConnection(actor.workspaceId, connectionId);
  if (current.enforced === enforced) return toSsoConnectionView(current);
  const row = await prisma.$transaction(async (tx) => {
    const updated = await tx.ssoConnection.update({ where: { id: current.id }, data: { enforced } });
    await recordAudit(
      { workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "sso.enforced_changed", target: { type: "sso_connection", id: current.id }, before: { enforced: current.enforced }, after: { enforced, domain: current.domain } },
      tx,
    );
    return updated;
  });
  return toSsoConnectionView(row);
}
