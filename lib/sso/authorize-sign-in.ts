import { SSO_PROVIDER_PREFIX } from "@/lib/auth/providers";
import type { Origin } from "@/lib/auth/request-origin";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { findSsoConnectionForEmail } from "./find-sso-connection-for-email";
import { provisionSsoUser, type SsoClaims } from "./provision-sso-user";
import { SsoSignInError, ssoSignInErrorPath } from "./sso-sign-in-errors";

export interface SignInAttempt {
  /** Auth.js provider id: credentials, google, microsoft-entra-id, sso-<connection id>. */
  provider: string;
  /** The email of the user Auth.js is about to sign in (already linked or from the provider). */
  userEmail?: string | null;
  /** The provider's claims (OAuth/OIDC only). */
  profile?: SsoClaims | null;
  origin?: Origin;
}

/**
 * The SSO part of Auth.js's signIn callback: true to continue, or the path to
 * send the browser to with the reason. Through SSO: the IdP's claims must
 * be verified and in the connection's domain, and the user is provisioned.
 * Through anything else: refused when the email's domain enforces SSO.
 */
export async function authorizeSignIn(attempt: SignInAttempt): Promise<true | string> {
  if (attempt.provider.startsWith(SSO_PROVIDER_PREFIX)) {
    const connection = await prisma.ssoConnection.findUnique({ where: { id: attempt.provider.slice(SSO_PROVIDER_PREFIX.length) } });
    if (!connection) return ssoSignInErrorPath("sso_unavailable");
    try {
      const claimedEmail = typeof attempt.profile?.email === "string" ? attempt.profile.email.trim().toLowerCase() : "";
      if (attempt.userEmail && claimedEmail && attempt.userEmail.toLowerCase() !== claimedEmail) throw new SsoSignInError("sso_account_mismatch");
      await provisionSsoUser(connection, attempt.profile ?? {}, attempt.origin);
      return true;
    } catch (error) {
      if (error instanceof SsoSignInError) {
        await recordAudit({
          workspaceId: connection.workspaceId,
          actor: { ...attempt.origin },
          action: "auth.sign_in_failed",
          target: { type: "sso_connection", id: connection.id },
          after: { method: "sso", reason: error.code, email: typeof attempt.profile?.email === "string" ? attempt.profile.email.slice(0, 254) : null },
        });
        return ssoSignInErrorPath(error.code);
      }
      throw error;
    }
  }
  const emails = [attempt.userEmail, typeof attempt.profile?.email === "string" ? attempt.profile.email : null];
  for (const email of new Set(emails.filter(Boolean))) {
    if ((await findSsoConnectionForEmail(email))?.enforced) return ssoSignInErrorPath("sso_required");
  }
  return true;
}
