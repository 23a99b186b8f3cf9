import type { Auth } from "googleapis";
import { authorizeWorkspace, requireVerifiedSession } from "@/lib/auth/authorize-workspace";
import { AppError } from "@/lib/http/app-error";
import { logger } from "@/lib/observability/logger";
import { announceMailboxConnected } from "./announce-mailbox-connected";
import { fetchGmailAddress } from "./fetch-gmail-address";
import { GMAIL_SCOPES, createGmailOAuthClient } from "./gmail-oauth-client";
import { CONNECT_FAILURES, oauthCallbackQuerySchema, type ConnectFailure } from "./mailbox-schemas";
import { verifyOAuthState } from "./oauth-state";
import { saveConnectedMailbox } from "./save-connected-mailbox";

export interface GmailCallbackRequest {
  query: Record<string, string>;
  sessionId: string | null;
  nonce: string | null | undefined;
  origin: { ip: string | null; userAgent: string | null };
}

export type GmailCallbackOutcome =
  | { outcome: "connected"; workspaceId: string; mailboxId: string; emailAddress: string; reconnected: boolean }
  /** The user's own round trip went wrong (declined, missing scopes, Google down): shown on the Mailboxes page by code. */
  | { outcome: "failed"; workspaceId: string; reason: ConnectFailure };


function failureOf(error: unknown): ConnectFailure | null {
  if (!(error instanceof AppError)) return null;
  if (error.code === "unavailable") return "google_unavailable";
  const reason = (error.details as { reason?: string } | undefined)?.reason;
  return CONNECT_FAILURES.find((f) => f === reason) ?? null;
}

const REQUIRED_GMAIL_SCOPES = GMAIL_SCOPES.filter((s) => s.includes("/auth/gmail."));

/** Google errors that mean "this code is no good" (the user's fault or a replay), not "Google is down". */
function isRejectedCode(error: unknown): boolean {
  const status = (error as { response?: { status?: number } }).response?.status;
  return status !== undefined && status >= 400 && status < 500;
}

async function exchangeCode(code: string, codeVerifier: string) {
  const client = createGmailOAuthClient();
  let tokens: Auth.Credentials;
  try {
    ({ tokens } = await client.getToken({ code, codeVerifier }));
  } catch (error) {
    if (isRejectedCode(error)) throw new AppError("bad_request", "Google did not accept this sign-in (it may have expired or been used already). Connect the mailbox again.", { reason: "code_rejected" });
    logger.warn({ err: error }, "Gmail connect: token exchange failed");
    throw new AppError("unavailable", "Google could not be reached to finish connecting the mailbox. Try again in a moment.");
  }
  client.setCredentials(tokens);
  return { client, tokens };
}

/**
 * Google's redirect back from the consent page: the state must be ours, for
 * this browser and this signed-in user, who must still be allowed to manage
 * the workspace's mailboxes. Then the code is exchanged, the address read
 * from Gmail, the mailbox stored (or reconnected) and the pipeline told.
 */
export async function completeGmailConnect(request: GmailCallbackRequest): Promise<GmailCallbackOutcome> {
  const query = oauthCallbackQuerySchema.safeParse(request.query);
  if (!query.success) throw new AppError("bad_request", "This is not a valid Gmail connection callback: the state parameter is missing.", { reason: "invalid_state", why: "missing" });
  const session = await requireVerifiedSession(request.sessionId);
  const { workspaceId } = await verifyOAuthState(query.data.state, { nonce: request.nonce, userId: session.user.id });
  await authorizeWorkspace({ permission: "mailboxes.manage", sessionId: request.sessionId, workspaceId });
  if (query.data.error || !query.data.code) return { outcome: "failed", workspaceId, reason: "access_denied" };
  try {
    return await finishConnect(query.data.code, request, session.user.id, workspaceId);
  } catch (error) {
    const reason = failureOf(error);
    if (reason) return { outcome: "failed", workspaceId, reason };
    throw error;
  }
}

async function finishConnect(code: string, request: GmailCallbackRequest, userId: string, workspaceId: string): Promise<GmailCallbackOutcome> {
  const { client, tokens } = await exchangeCode(code, request.nonce!);
  const scopes = tokens.scope ? tokens.scope.split(/\s+/).filter(Boolean) : [...GMAIL_SCOPES];
  const missing = REQUIRED_GMAIL_SCOPES.filter((s) => !scopes.includes(s));
  if (missing.length) {
    throw new AppError("bad_request", "Fikiri needs every Gmail permission on the consent screen (read, label, draft and send). Connect again and leave them all ticked.", {
      reason: "scopes_missing",
      missing,
    });
  }

  let emailAddress: string;
  try {
    emailAddress = await fetchGmailAddress(client);
  } catch (error) {
    logger.warn({ err: error }, "Gmail connect: users.getProfile failed");
    throw new AppError("unavailable", "Gmail could not be reached to read the mailbox's address. Try connecting again in a moment.");
  }
  const { mailbox, reconnected } = await saveConnectedMailbox({
    workspaceId,
    emailAddress,
    connectedById: userId,
    refreshToken: tokens.refresh_token,
    accessToken: tokens.access_token,
    accessTokenExpiresAt: tokens.expiry_date ? new Date(tokens.expiry_date) : null,
    scopes,
    audit: { userId, ...request.origin },
  });
  await announceMailboxConnected(mailbox);
  return { outcome: "connected", workspaceId, mailboxId: mailbox.id, emailAddress, reconnected };
}
