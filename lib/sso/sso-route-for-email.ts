import { SSO_PROVIDER_PREFIX } from "@/lib/auth/providers";
import { findSsoConnectionForEmail } from "./find-sso-connection-for-email";

export interface SsoRoute {
  /** The Auth.js provider id: the browser posts to /api/auth/signin/<provider> with its CSRF token. */
  provider: string;
  domain: string;
  enforced: boolean;
}

/** Where /signin sends an address whose domain has SSO (nothing about the workspace is revealed). */
export async function ssoRouteForEmail(email: string): Promise<SsoRoute | null> {
  const connection = await findSsoConnectionForEmail(email);
  return connection ? { provider: `${SSO_PROVIDER_PREFIX}${connection.id}`, domain: connection.domain, enforced: connection.enforced } : null;
}
