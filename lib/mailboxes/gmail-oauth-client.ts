import { Auth } from "googleapis";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import type { GmailConnectTarget } from "./mailbox-schemas";

/** What "Connect Gmail" asks for: read, label, draft and send, plus the address (openid email). */
export const GMAIL_SCOPES = [
  "https://www.googleapis.com/auth/gmail.readonly",
  "https://www.googleapis.com/auth/gmail.modify",
  "https://www.googleapis.com/auth/gmail.compose",
  "https://www.googleapis.com/auth/gmail.send",
  "openid",
  "email",
] as const;

export const GMAIL_CALLBACK_PATH = "/api/mailboxes/google/callback";

/**
 * The OAuth client mailbox grants belong to: GMAIL_OAUTH_CLIENT_ID/SECRET, else
 * the sign-in one (GOOGLE_CLIENT_ID/SECRET). Refreshing a mailbox's token must
 * use the same client that obtained it. Null when none is configured.
 */
export function gmailOAuthCredentials(): { clientId: string; clientSecret: string } | null {
  const clientId = env.GMAIL_OAUTH_CLIENT_ID ?? env.GOOGLE_CLIENT_ID;
  const clientSecret = env.GMAIL_OAUTH_CLIENT_ID ? env.GMAIL_OAUTH_CLIENT_SECRET : env.GOOGLE_CLIENT_SECRET;
  return clientId && clientSecret ? { clientId, clientSecret } : null;
}

export function gmailConnectConfigured(): boolean {
  return gmailOAuthCredentials() !== null;
}

/** Google, or a stand-in consent page (the Gmail sandbox of the demo and tests), or not configured. */
export function gmailConnectTarget(): GmailConnectTarget {
  if (!gmailConnectConfigured()) return "unconfigured";
  const authorize = env.GOOGLE_OAUTH_AUTHORIZE_URL;
  return !authorize || new URL(authorize).hostname === "accounts.google.com" ? "google" : "sandbox";
}

export function gmailCallbackUrl(): string {
  return `${env.APP_URL}${GMAIL_CALLBACK_PATH}`;
}

/**
 * googleapis' OAuth2 client for the Gmail connection. The consent page and
 * token endpoint default to Google's; the demo and tests point them at the
 * Gmail sandbox (GOOGLE_OAUTH_AUTHORIZE_URL, GOOGLE_OAUTH_TOKEN_URL).
 */
export function createGmailOAuthClient(): Auth.OAuth2Client {
  const credentials = gmailOAuthCredentials();
  if (!credentials) {
    throw new AppError("unavailable", "Gmail is not configured on this server: set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET (see the README).", {
      reason: "gmail_not_configured",
    });
  }
  return new Auth.OAuth2Client({
    ...credentials,
    redirectUri: gmailCallbackUrl(),
    endpoints: {
      ...(env.GOOGLE_OAUTH_AUTHORIZE_URL ? { oauth2AuthBaseUrl: env.GOOGLE_OAUTH_AUTHORIZE_URL } : {}),
      ...(env.GOOGLE_OAUTH_TOKEN_URL ? { oauth2TokenUrl: env.GOOGLE_OAUTH_TOKEN_URL } : {}),
    },
  });
}
