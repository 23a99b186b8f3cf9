/**
 * Why an SSO-related sign-in was refused. Auth.js sends the browser to
 * /signin?error=<code>; the sign-in page shows the sentence.
 */
export const SSO_SIGN_IN_ERRORS = {
  sso_required: "Your organisation requires single sign-on. Enter your work email and continue with SSO.",
  sso_unavailable: "This single sign-on connection no longer exists. Ask your workspace admin.",
  sso_email_missing: "Your identity provider did not share an email address, so we cannot sign you in.",
  sso_email_unverified: "Your identity provider says your email address is not verified, so we cannot sign you in with it.",
  sso_domain_mismatch: "Your identity provider returned an email address outside this organisation's domain.",
  sso_account_mismatch: "This identity is linked to a different email address than the one your identity provider returned. Ask your workspace admin.",
} as const;

export type SsoSignInErrorCode = keyof typeof SSO_SIGN_IN_ERRORS;

export class SsoSignInError extends Error {
  constructor(public readonly code: SsoSignInErrorCode) {
    super(SSO_SIGN_IN_ERRORS[code]);
    this.name = "SsoSignInError";
  }
}

export function ssoSignInErrorPath(code: SsoSignInErrorCode): string {
  return `/signin?error=${code}`;
}

export function isSsoSignInErrorCode(value: string | null | undefined): value is SsoSignInErrorCode {
  return typeof value === "string" && value in SSO_SIGN_IN_ERRORS;
}
