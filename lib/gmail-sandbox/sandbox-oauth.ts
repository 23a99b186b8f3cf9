import { randomBytes } from "node:crypto";
import type { SandboxKeys } from "./sandbox-keys";
import type { SandboxResponse } from "./sandbox-response";

/**
 * Google's OAuth endpoints, enough for the app's connect flow and token
 * refreshes: an authorize page that lets the browser pick a sandbox account and
 * redirects back with a code, a token endpoint (authorization_code and
 * refresh_token grants), revocation, and userinfo.
 */
export interface SandboxGrant {
  email: string;
  scope: string;
  refreshToken: string;
  revoked: boolean;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  scope: string;
}

export const DEFAULT_SCOPES = [
  "https://www.googleapis.com/auth/gmail.readonly",
  "https://www.googleapis.com/auth/gmail.modify",
  "https://www.googleapis.com/auth/gmail.compose",
  "https://www.googleapis.com/auth/gmail.send",
];

const token = (prefix: string) => `${prefix}${randomBytes(24).toString("base64url")}`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class SandboxOAuth {
  private readonly codes = new Map<string, { email: string; scope: string; redirectUri: string; clientId: string }>();
  private readonly grants = new Map<string, SandboxGrant>();
  private readonly accessTokens = new Map<string, { email: string; expiresAt: number; refreshToken: string }>();

  constructor(
    private readonly keys: SandboxKeys,
    private readonly options: { issuer: string; accessTokenTtlSeconds: number; clientId?: string; clientSecret?: string; now: () => number },
  ) {}

  /** A fresh grant for an account, as if its owner had consented (tests and the demo use this directly). */
  issueGrant(email: string, scope = DEFAULT_SCOPES.join(" ")): IssuedTokens {
    const refreshToken = token("1//sandbox-");
    this.grants.set(refreshToken, { email: email.toLowerCase(), scope, refreshToken, revoked: false });
    return { ...this.issueAccessToken(refreshToken), refreshToken, scope };
  }

  private issueAccessToken(refreshToken: string): { accessToken: string; expiresAt: Date } {
    const grant = this.grants.get(refreshToken)!;
    const accessToken = token("ya29.sandbox-");
    const expiresAt = this.options.now() + this.options.accessTokenTtlSeconds * 1000;
    this.accessTokens.set(accessToken, { email: grant.email, expiresAt, refreshToken });
    return { accessToken, expiresAt: new Date(expiresAt) };
  }

  /** Revokes every grant of an account: refreshes answer invalid_grant, access tokens stop working. */
  revokeAccount(email: string): number {
    let count = 0;
    for (const grant of this.grants.values()) {
      if (grant.email === email.toLowerCase() && !grant.revoked) {
        grant.revoked = true;
        count++;
      }
    }
    return count;
  }

  /** The account an access token acts for, or undefined when unknown, expired or revoked. */
  accountFor(accessToken: string): string | undefined {
    const entry = this.accessTokens.get(accessToken);
    if (!entry || entry.expiresAt <= this.options.now() || this.grants.get(entry.refreshToken)?.revoked) return undefined;
    return entry.email;
  }

  authorize(query: URLSearchParams, knownAccounts: string[]): SandboxResponse {
    const redirectUri = query.get("redirect_uri");
    if (!redirectUri) return { status: 400, html: "<p>Error 400: redirect_uri is missing.</p>" };
    const back = new URL(redirectUri);
    const state = query.get("state");
    if (state !== null) back.searchParams.set("state", state);
    if (query.get("deny") === "1") {
      back.searchParams.set("error", "access_denied");
      return { status: 302, headers: { location: back.toString() } };
    }
    const account = (query.get("account") ?? query.get("login_hint") ?? "").trim().toLowerCase();
    if (!account) return { status: 200, html: this.chooserPage(query, knownAccounts) };
    const scope = query.get("scope") ?? DEFAULT_SCOPES.join(" ");
    const code = token("4/sandbox-");
    this.codes.set(code, { email: account, scope, redirectUri, clientId: query.get("client_id") ?? "" });
    back.searchParams.set("code", code);
    back.searchParams.set("scope", scope);
    return { status: 302, headers: { location: back.toString() } };
  }

  private chooserPage(query: URLSearchParams, accounts: string[]): string {
    const link = (extra: Record<string, string>) => {
      const q = new URLSearchParams(query);
      for (const [k, v] of Object.entries(extra)) q.set(k, v);
      return `?${escapeHtml(q.toString())}`;
    };
    const hidden = [...query.entries()].map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join("");
    const items = accounts.map((a) => `<li><a href="${link({ account: a })}">${escapeHtml(a)}</a></li>`).join("");
    return `<!doctype html><html><head><title>Choose an account - Gmail sandbox</title></head><body>
<h1>Choose an account</h1><p>Gmail sandbox: pick the mailbox to connect.</p><ul>${items}</ul>
<form method="get">${hidden}<label>Another address <input name="account" type="email" required></label> <button type="submit">Continue</button></form>
<p><a href="${link({ deny: "1" })}">Cancel (deny access)</a></p></body></html>`;
  }

  async token(form: URLSearchParams, basicAuth: string | undefined): Promise<SandboxResponse> {
    const [basicId, basicSecret] = basicAuth ? Buffer.from(basicAuth, "base64").toString().split(":") : [];
    const clientId = form.get("client_id") ?? basicId;
    const clientSecret = form.get("client_secret") ?? basicSecret;
    if ((this.options.clientId && clientId !== this.options.clientId) || (this.options.clientSecret && clientSecret !== this.options.clientSecret)) {
      return { status: 401, json: { error: "invalid_client", error_description: "The OAuth client was not found." } };
    }
    const invalidGrant = (description: string) => ({ status: 400, json: { error: "invalid_grant", error_description: description } });
    const grantType = form.get("grant_type");
    if (grantType === "authorization_code") {
      const code = this.codes.get(form.get("code") ?? "");
      if (!code) return invalidGrant("Malformed auth code.");
      this.codes.delete(form.get("code")!);
      if (form.get("redirect_uri") && form.get("redirect_uri") !== code.redirectUri) return { status: 400, json: { error: "redirect_uri_mismatch", error_description: "Bad Request" } };
      const issued = this.issueGrant(code.email, code.scope);
      return { status: 200, json: await this.tokenBody(issued, code.email, clientId ?? "", true) };
    }
    if (grantType === "refresh_token") {
      const grant = this.grants.get(form.get("refresh_token") ?? "");
      if (!grant || grant.revoked) return invalidGrant("Token has been expired or revoked.");
      const issued = { ...this.issueAccessToken(grant.refreshToken), refreshToken: grant.refreshToken, scope: grant.scope };
      return { status: 200, json: await this.tokenBody(issued, grant.email, clientId ?? "", false) };
    }
    return { status: 400, json: { error: "unsupported_grant_type", error_description: `Invalid grant_type: ${grantType ?? ""}` } };
  }

  private async tokenBody(issued: IssuedTokens, email: string, clientId: string, withRefresh: boolean) {
    const idToken = await this.keys.sign({ iss: this.options.issuer, aud: clientId, azp: clientId, sub: `sandbox-${email}`, email, email_verified: true });
    return {
      access_token: issued.accessToken,
      expires_in: Math.round((issued.expiresAt.getTime() - this.options.now()) / 1000),
      scope: issued.scope,
      token_type: "Bearer",
      id_token: idToken,
      ...(withRefresh ? { refresh_token: issued.refreshToken } : {}),
    };
  }

  /** Google's /revoke: takes an access or refresh token and ends the whole grant. */
  revoke(tokenValue: string): SandboxResponse {
    const refreshToken = this.accessTokens.get(tokenValue)?.refreshToken ?? tokenValue;
    const grant = this.grants.get(refreshToken);
    if (!grant) return { status: 400, json: { error: "invalid_token", error_description: "Token expired or revoked" } };
    grant.revoked = true;
    return { status: 200, json: {} };
  }

  userinfo(accessToken: string): SandboxResponse {
    const email = this.accountFor(accessToken);
    if (!email) return { status: 401, json: { error: "invalid_request", error_description: "Invalid Credentials" } };
    return { status: 200, json: { sub: `sandbox-${email}`, email, email_verified: true } };
  }
}
