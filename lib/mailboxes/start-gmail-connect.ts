import { Auth } from "googleapis";
import { GMAIL_SCOPES, createGmailOAuthClient } from "./gmail-oauth-client";
import { createOAuthState, nonceHash } from "./oauth-state";

/**
 * The consent-page URL for connecting (or reconnecting) a Gmail mailbox to a
 * workspace, and the nonce the caller must keep in the browser's cookie.
 * Offline access with prompt=consent so Google issues a refresh token every
 * time (also on a reconnect); PKCE with the nonce as the code verifier.
 * Without a login hint (Connect Gmail, "Use another account") Google also
 * shows its account chooser (prompt=select_account), so a browser signed in
 * to one Google account can still connect another.
 */
export async function startGmailConnect(input: { userId: string; workspaceId: string; loginHint?: string }): Promise<{ url: string; nonce: string }> {
  const client = createGmailOAuthClient();
  const { state, nonce } = await createOAuthState(input);
  const url = client.generateAuthUrl({
    access_type: "offline",
    prompt: input.loginHint ? "consent" : "select_account consent",
    include_granted_scopes: true,
    scope: [...GMAIL_SCOPES],
    state,
    code_challenge: nonceHash(nonce),
    code_challenge_method: Auth.CodeChallengeMethod.S256,
    ...(input.loginHint ? { login_hint: input.loginHint } : {}),
  });
  return { url, nonce };
}
