import { AppError } from "@/lib/http/app-error";
import { SSO_PROVIDER_PREFIX } from "@/lib/auth/providers";
import { findSsoConnectionForEmail } from "./find-sso-connection-for-email";
import { SSO_SIGN_IN_ERRORS } from "./sso-sign-in-errors";

/**
 * Refuses password sign-in for a domain whose SSO is enforced (checked before
 * the password, so a refusal says nothing about the password).
 */
export async function assertPasswordSignInAllowed(email: string): Promise<void> {
  const connection = await findSsoConnectionForEmail(email.trim());
  if (connection?.enforced) {
    throw new AppError("forbidden", SSO_SIGN_IN_ERRORS.sso_required, { reason: "sso_required", provider: `${SSO_PROVIDER_PREFIX}${connection.id}` });
  }
}
