import type { SsoConnection, User } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Origin } from "@/lib/auth/request-origin";
import { prisma } from "@/lib/db/prisma";
import { emailDomain } from "./email-domain";
import { SsoSignInError } from "./sso-sign-in-errors";

/** The ID token / userinfo claims SSO sign-in relies on. */
export interface SsoClaims {
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
}

/** Checks the identity provider's claims and returns the lower-case email they vouch for. */
export function verifiedSsoEmail(connection: Pick<SsoConnection, "domain">, claims: SsoClaims): string {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email || !emailDomain(email)) throw new SsoSignInError("sso_email_missing");
  // Only an explicit "verified" counts: a missing claim is no proof.
  if (claims.email_verified !== true && claims.email_verified !== "true") throw new SsoSignInError("sso_email_unverified");
  if (emailDomain(email) !== connection.domain) throw new SsoSignInError("sso_domain_mismatch");
  return email;
}

/**
 * Before Auth.js links the SSO identity: makes sure the user exists (created
 * with the email verified by the IdP) and is a member of the connection's
 * workspace (MEMBER if new there), which becomes their current workspace.
 */
export async function provisionSsoUser(connection: Pick<SsoConnection, "id" | "domain" | "workspaceId">, claims: SsoClaims, origin: Origin = { ip: null, userAgent: null }): Promise<User> {
  const email = verifiedSsoEmail(connection, claims);
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 120) : null;
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name, emailVerified: now, lastWorkspaceId: connection.workspaceId },
      update: {},
    });
    const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: connection.workspaceId, userId: user.id } } });
    if (!existing) {
      const membership = await tx.membership.create({ data: { workspaceId: connection.workspaceId, userId: user.id, role: "MEMBER" } });
      await recordAudit(
        { workspaceId: connection.workspaceId, actor: { userId: user.id, ...origin }, action: "sso.member_added", target: { type: "membership", id: membership.id }, after: { email, role: "MEMBER", ssoConnectionId: connection.id } },
        tx,
      );
    }
    return tx.user.update({
      where: { id: user.id },
      data: { lastWorkspaceId: connection.workspaceId, ...(user.emailVerified ? {} : { emailVerified: now }) },
    });
  });
}
