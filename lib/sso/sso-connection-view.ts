import type { SsoConnection } from "@/generated/prisma/client";
import { SSO_PROVIDER_PREFIX } from "@/lib/auth/providers";
import { env } from "@/lib/env";
import { decryptSecret } from "@/lib/security/encrypt-secret";

/** What the browser may see of a connection: never the client secret, only its last four characters. */
export interface SsoConnectionView {
  id: string;
  domain: string;
  issuer: string;
  clientId: string;
  clientSecretHint: string;
  enforced: boolean;
  callbackUrl: string;
  createdAt: string;
  updatedAt: string;
}

/** The redirect URI to register at the identity provider for this connection. */
export function ssoCallbackUrl(connectionId: string): string {
  return `${env.APP_URL}/api/auth/callback/${SSO_PROVIDER_PREFIX}${connectionId}`;
}

export function secretHint(secret: string): string {
  return `••••${secret.length > 8 ? secret.slice(-4) : ""}`;
}

export function toSsoConnectionView(row: SsoConnection): SsoConnectionView {
  let hint = "••••";
  try {
    hint = secretHint(decryptSecret(row.clientSecretEnc));
  } catch {
    // A secret under a removed key: still never shown; the admin re-enters it.
  }
  return {
    id: row.id,
    domain: row.domain,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecretHint: hint,
    enforced: row.enforced,
    callbackUrl: ssoCallbackUrl(row.id),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
