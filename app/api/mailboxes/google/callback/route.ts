import { NextResponse } from "next/server";
import { requestOrigin } from "@/lib/audit/record-audit";
import { SESSION_COOKIE, WORKSPACE_COOKIE } from "@/lib/auth/auth-secret";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { env } from "@/lib/env";
import { withRoute } from "@/lib/http/with-route";
import { completeGmailConnect } from "@/lib/mailboxes/complete-gmail-connect";
import { GMAIL_CALLBACK_PATH } from "@/lib/mailboxes/gmail-oauth-client";
import { OAUTH_NONCE_COOKIE } from "@/lib/mailboxes/oauth-state";
import { WORKSPACE_COOKIE_OPTIONS } from "@/lib/workspaces/workspace-cookie-options";

/**
 * Google's redirect back from the Connect Gmail consent page. A forged or
 * replayed callback (bad state, other browser, other user) is a 400; the
 * user's own round trip ends on Settings → Mailboxes, connected or with the
 * reason it did not work.
 */
export const GET = withRoute(async ({ req }) => {
  const result = await completeGmailConnect({
    query: Object.fromEntries(req.nextUrl.searchParams),
    sessionId: await decodeSessionToken(req.cookies.get(SESSION_COOKIE)?.value),
    nonce: req.cookies.get(OAUTH_NONCE_COOKIE)?.value,
    origin: requestOrigin(req.headers),
  });
  const target = new URL("/settings/mailboxes", env.APP_URL);
  if (result.outcome === "connected") {
    target.searchParams.set(result.reconnected ? "reconnected" : "connected", result.emailAddress);
  } else {
    target.searchParams.set("error", result.reason);
  }
  const response = NextResponse.redirect(target, 303);
  // The round trip is over: the nonce is single-use, and the page opens in the workspace the mailbox was connected to.
  response.cookies.set(OAUTH_NONCE_COOKIE, "", { path: GMAIL_CALLBACK_PATH, maxAge: 0 });
  response.cookies.set(WORKSPACE_COOKIE, result.workspaceId, WORKSPACE_COOKIE_OPTIONS);
  return response;
});
