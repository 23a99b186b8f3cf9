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

/** Starts Auth.js's sign-in with a provider: a real form post to /api/auth/signin/<provider> with its CSRF token. */
export async function postProviderSignIn(provider: string, callbackUrl: string, loginHint?: string): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const form = document.createElement("form");
  form.method = "POST";
  form.action = `/api/auth/signin/${encodeURIComponent(provider)}${loginHint ? `?${new URLSearchParams({ login_hint: loginHint })}` : ""}`;
  for (const [name, value] of Object.entries({ csrfToken, callbackUrl })) {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}
