import type { GaxiosOptions, GaxiosResponse } from "gaxios";
import { Auth, google, type gmail_v1 } from "googleapis";
import type { Mailbox } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { decryptSecret, encryptSecret } from "@/lib/security/encrypt-secret";
import { classifyGmailError, GmailApiError, MailboxGrantRevokedError, MailboxNotConnectedError } from "./gmail-errors";
import { gmailQuotaLimiter, quotaUnits, type QuotaLimiter } from "./gmail-quota";
import { handleRevokedGrant } from "./handle-revoked-grant";

export type MailboxCredentials = Pick<Mailbox, "id" | "refreshTokenEnc" | "accessTokenEnc" | "accessTokenExpiresAt"> & Partial<Pick<Mailbox, "emailAddress">>;

type RequestOptions = Parameters<Auth.OAuth2Client["request"]>[0];

/**
 * Retries per call inside the client, before the error reaches the job (which
 * retries again, with longer backoff). Exported so tests can shorten the waits.
 */
export const gmailRetryPolicy = { retries: 3, baseDelayMs: 250, maxDelayMs: 8_000 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * googleapis' OAuth2 client with every Gmail request throttled by the
 * mailbox's quota, retried on 429, quota 403s, 5xx and timeouts with
 * backoff (Retry-After honoured), and its failure classified: a dead grant becomes
 * MailboxGrantRevokedError (after the mailbox is marked disconnected).
 */
class MailboxOAuthClient extends Auth.OAuth2Client {
  constructor(
    options: ConstructorParameters<typeof Auth.OAuth2Client>[0],
    private readonly mailboxId: string,
    private readonly quota: QuotaLimiter,
    /** Gmail's quota is per user: two workspaces connecting one address share one budget. */
    private readonly quotaKey: string,
  ) {
    super(options);
  }

  request<T>(opts: RequestOptions): Promise<GaxiosResponse<T>>;
  request<T>(opts: RequestOptions, callback: (err: Error | null, data?: T, res?: GaxiosResponse<T> | null) => void): void;
  request<T>(opts: RequestOptions, callback?: (err: Error | null, data?: T, res?: GaxiosResponse<T> | null) => void): Promise<GaxiosResponse<T>> | void {
    const promise = this.guardedRequest<T>(opts);
    if (!callback) return promise;
    promise.then((res) => callback(null, res.data, res), (err: Error) => callback(err));
  }

  /**
   * google-auth-library refreshes the token and resends once on ANY 401 or
   * 403 (with forceRefreshOnFailure, or a token without expiry). A 403 is
   * usually Gmail's per-user rate limit (userRateLimitExceeded): resending at
   * once spends more quota and a token refresh for nothing. So the library's
   * own re-auth is switched off (reAuthRetried = true) and only a 401 (token
   * revoked early, clock skew) refreshes, once.
   */
  protected async requestAsync<T>(opts: GaxiosOptions, reAuthRetried = false): Promise<GaxiosResponse<T>> {
    try {
      return await super.requestAsync<T>(opts, true);
    } catch (error) {
      if (reAuthRetried || (error as { response?: { status?: number } }).response?.status !== 401) throw error;
      await this.refreshAccessToken();
      return super.requestAsync<T>(opts, true);
    }
  }

  private async guardedRequest<T>(opts: RequestOptions): Promise<GaxiosResponse<T>> {
    // A caller's `retry: false` means one attempt; otherwise this loop, not gaxios, does the retrying.
    const attempts = opts.retry === false ? 1 : gmailRetryPolicy.retries + 1;
    const units = quotaUnits(opts.method, String(opts.url ?? ""));
    for (let attempt = 1; ; attempt++) {
      await this.quota.acquire(this.quotaKey, units);
      // Our own timer, cleared as soon as the call settles: gaxios' `timeout` (AbortSignal.timeout)
      // keeps running after the response and, firing later, throws an uncaught AbortError from node-fetch.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), Number(opts.timeout) || env.GMAIL_REQUEST_TIMEOUT_MS);
      try {
        const signal = opts.signal ? AbortSignal.any([opts.signal as AbortSignal, controller.signal]) : controller.signal;
        return await super.request<T>({ ...opts, timeout: 0, signal, retry: false });
      } catch (raw) {
        clearTimeout(timer);
        const error = classifyGmailError(raw, this.mailboxId);
        if (error instanceof MailboxGrantRevokedError) {
          await handleRevokedGrant(this.mailboxId).catch((err: unknown) => logger.error({ err, mailboxId: this.mailboxId }, "could not mark the mailbox disconnected"));
          throw error;
        }
        if (!(error instanceof GmailApiError) || !error.retryable || attempt >= attempts) throw error;
        if (error.rateLimited) await this.quota.exhaust(this.quotaKey);
        const backoff = Math.min(gmailRetryPolicy.maxDelayMs, error.retryAfterMs ?? gmailRetryPolicy.baseDelayMs * 2 ** (attempt - 1) * (1 + Math.random()));
        await sleep(backoff);
      } finally {
        clearTimeout(timer);
      }
    }
  }
}

/** The OAuth client mailbox grants belong to (see lib/mailboxes): GMAIL_OAUTH_*, else the sign-in client. */
function oauthClientCredentials() {
  return env.GMAIL_OAUTH_CLIENT_ID
    ? { clientId: env.GMAIL_OAUTH_CLIENT_ID, clientSecret: env.GMAIL_OAUTH_CLIENT_SECRET }
    : { clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET };
}

async function persistTokens(mailboxId: string, tokens: Auth.Credentials): Promise<void> {
  if (!tokens.access_token) return;
  // Only while the mailbox still has a grant: a refresh racing a disconnect must not bring tokens back.
  await prisma.mailbox.updateMany({
    where: { id: mailboxId, refreshTokenEnc: { not: null } },
    data: {
      accessTokenEnc: encryptSecret(tokens.access_token),
      accessTokenExpiresAt: tokens.expiry_date ? new Date(tokens.expiry_date) : null,
      ...(tokens.refresh_token ? { refreshTokenEnc: encryptSecret(tokens.refresh_token) } : {}),
    },
  });
}

/**
 * A Gmail API client acting for one mailbox: googleapis pointed at
 * GMAIL_API_ROOT_URL (Google by default), tokens decrypted from the row,
 * refreshed through GOOGLE_OAUTH_TOKEN_URL and saved back encrypted.
 * Errors thrown by its calls are GmailApiError (check `retryable`),
 * MailboxGrantRevokedError (the mailbox has already been marked
 * disconnected and its owner told), or MailboxNotConnectedError up front.
 */
export async function gmailForMailbox(mailbox: MailboxCredentials, options: { quota?: QuotaLimiter } = {}): Promise<gmail_v1.Gmail> {
  if (!mailbox.refreshTokenEnc) throw new MailboxNotConnectedError(mailbox.id);
  const auth = new MailboxOAuthClient(
    {
      ...oauthClientCredentials(),
      endpoints: env.GOOGLE_OAUTH_TOKEN_URL ? { oauth2TokenUrl: env.GOOGLE_OAUTH_TOKEN_URL } : {},
      // A 401 (token revoked early, clock skew) refreshes once instead of failing: see requestAsync.
    },
    mailbox.id,
    options.quota ?? gmailQuotaLimiter(),
    mailbox.emailAddress ? `user:${mailbox.emailAddress.toLowerCase()}` : `mailbox:${mailbox.id}`,
  );
  auth.setCredentials({
    refresh_token: decryptSecret(mailbox.refreshTokenEnc),
    access_token: mailbox.accessTokenEnc ? decryptSecret(mailbox.accessTokenEnc) : undefined,
    expiry_date: mailbox.accessTokenExpiresAt?.getTime() ?? 0,
  });
  auth.on("tokens", (tokens) => {
    persistTokens(mailbox.id, tokens).catch((err: unknown) => logger.error({ err, mailboxId: mailbox.id }, "could not store the refreshed Gmail access token"));
  });
  return google.gmail({ version: "v1", auth, ...(env.GMAIL_API_ROOT_URL ? { rootUrl: env.GMAIL_API_ROOT_URL } : {}) });
}
