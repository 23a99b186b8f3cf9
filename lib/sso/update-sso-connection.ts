import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { encryptSecret } from "@/lib/security/encrypt-secret";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { assertAdminOwnsDomain } from "./assert-admin-owns-domain";
import { DOMAIN_TAKEN } from "./create-sso-connection";
import { discoverOidcIssuer, type DiscoverOptions } from "./discover-oidc-issuer";
import { findWorkspaceSsoConnection } from "./find-workspace-sso-connection";
import { auditedSsoFields } from "./sso-audit";
import { toSsoConnectionView, type SsoConnectionView } from "./sso-connection-view";
import { updateSsoConnectionSchema, type UpdateSsoConnectionInput } from "./sso-schemas";

/**
 * Edits a connection. An empty secret keeps the stored one; the issuer is
 * checked again. Audited as sso.updated (before/after, no secret) and, when
 * the toggle changed, sso.enforced_changed.
 */
export async function updateSsoConnection(actor: WorkspaceActor, input: UpdateSsoConnectionInput, discover: DiscoverOptions = {}): Promise<SsoConnectionView> {
  const data = updateSsoConnectionSchema.parse(input);
  const current = await findWorkspaceSsoConnection(actor.workspaceId, data.connectionId);
  await assertAdminOwnsDomain(actor, data.domain);
  if (data.domain !== current.domain && (await prisma.ssoConnection.findUnique({ where: { domain: data.domain }, select: { id: true } }))) {
    throw new AppError("conflict", DOMAIN_TAKEN);
  }
  const { issuer } = await discoverOidcIssuer(data.issuer, discover);
  try {
    const row = await prisma.$transaction(async (tx) => {
      const updated = await tx.ssoConnection.update({
        where: { id: current.id },
        data: { domain: data.domain, issuer, clientId: data.clientId, enforced: data.enforced, ...(data.clientSecret ? { clientSecretEnc: encryptSecret(data.clientSecret) } : {}) },
      });
      const target = { type: "sso_connection", id: updated.id };
      const before = auditedSsoFields(current);
      const after = auditedSsoFields(updated);
      const { enforced: _b, ...restBefore } = before;
      const { enforced: _a, ...restAfter } = after;
      if (JSON.stringify(restBefore) !== JSON.stringify(restAfter) || data.clientSecret) {
        await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "sso.updated", target, before: restBefore, after: { ...restAfter, clientSecretChanged: Boolean(data.clientSecret) } }, tx);
      }
      if (current.enforced !== updated.enforced) {
        await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "sso.enforced_changed", target, before: { enforced: current.enforced }, after: { enforced: updated.enforced, domain: updated.domain } }, tx);
      }
      return updated;
    });
    return toSsoConnectionView(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", DOMAIN_TAKEN);
    throw error;
  }
}
