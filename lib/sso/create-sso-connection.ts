import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { encryptSecret } from "@/lib/security/encrypt-secret";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { assertAdminOwnsDomain } from "./assert-admin-owns-domain";
import { discoverOidcIssuer, type DiscoverOptions } from "./discover-oidc-issuer";
import { createSsoConnectionSchema, type CreateSsoConnectionInput } from "./sso-schemas";
import { auditedSsoFields } from "./sso-audit";
import { toSsoConnectionView, type SsoConnectionView } from "./sso-connection-view";

export const DOMAIN_TAKEN = "This domain already signs in through SSO in another workspace.";

/**
 * Connects an email domain to the workspace's OpenID Connect provider. The
 * issuer must answer its discovery document; the secret is stored encrypted.
 */
export async function createSsoConnection(actor: WorkspaceActor, input: CreateSsoConnectionInput, discover: DiscoverOptions = {}): Promise<SsoConnectionView> {
  const data = createSsoConnectionSchema.parse(input);
  await assertAdminOwnsDomain(actor, data.domain);
  const taken = await prisma.ssoConnection.findUnique({ where: { domain: data.domain }, select: { workspaceId: true } });
  if (taken) throw new AppError("conflict", taken.workspaceId === actor.workspaceId ? `SSO is already set up for ${data.domain}; edit that connection.` : DOMAIN_TAKEN);
  if (data.id && (await prisma.ssoConnection.findUnique({ where: { id: data.id }, select: { id: true } }))) {
    throw new AppError("conflict", "This form was already used to create a connection; reload the page.");
  }
  const { issuer } = await discoverOidcIssuer(data.issuer, discover);
  try {
    const row = await prisma.$transaction(async (tx) => {
      const created = await tx.ssoConnection.create({
        data: { ...(data.id ? { id: data.id } : {}), workspaceId: actor.workspaceId, domain: data.domain, issuer, clientId: data.clientId, clientSecretEnc: encryptSecret(data.clientSecret), enforced: data.enforced },
      });
      await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "sso.created", target: { type: "sso_connection", id: created.id }, after: auditedSsoFields(created) }, tx);
      return created;
    });
    return toSsoConnectionView(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", DOMAIN_TAKEN);
    throw error;
  }
}
