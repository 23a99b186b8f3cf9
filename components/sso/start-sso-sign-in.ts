import type { SsoRoute } from "@/lib/sso/sso-route-for-email";

/** Asks the server whether this address's domain signs in through SSO. Null when it does not (or on any failure: the password form carries on). */
export async function lookUpSso(email: string): Promise<SsoRoute | null> {
  if (!email.includes("@")) return null;
  try {
    const res = await fetch("/api/account/sso", { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify({ email }) });
    if (!res.ok) return null;
    return ((await res.json()) as { sso: SsoRoute | null }).sso;
  } catch {
    return null;
  }
}

/**
 * Starts Auth.js's sign-in with a provider: posts to /api/auth/signin/<provider>
 * with its CSRF token and asks for the redirect as JSON (X-Auth-Return-Redirect),
 * then navigates there. A plain form post would be blocked by the CSP's
 * form-action 'self' when Auth.js redirects it to the identity provider.
 */
export async function postProviderSignIn(provider: string, callbackUrl: string, loginHint?: string): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const query = loginHint ? `?${new URLSearchParams({ login_hint: loginHint })}` : "";
  const res = await fetch(`/api/auth/signin/${encodeURIComponent(provider)}${query}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ csrfToken, callbackUrl }),
  });
  const { url } = (await res.json()) as { url?: string };
  window.location.assign(url ?? "/signin?error=sso_unavailable");
}
