/**
 * What can go wrong talking to Gmail, in the terms callers act on:
 * - MailboxGrantRevokedError: the refresh token is dead (invalid_grant); the
 *   mailbox must be disconnected and its owner asked to reconnect.
 * - GmailApiError with retryable = true: 429, 5xx, timeouts and network
 *   errors, and 403s whose reason is a rate or quota limit (Gmail answers a
 *   per-user quota overrun with 403 userRateLimitExceeded / rateLimitExceeded
 *   as well as 429, see https://developers.google.com/workspace/gmail/api/guides/handle-errors);
 *   the job retries with backoff. Other 403s (insufficientPermissions,
 *   forbidden, dailyLimitExceeded) are not retried: waiting seconds cannot fix them.
 * - GmailApiError with status 404: the resource is gone (for history.list: the
 *   start id aged out, which calls for a full resync).
 */
export class MailboxGrantRevokedError extends Error {
  constructor(
    public readonly mailboxId: string,
    detail = "Token has been expired or revoked.",
  ) {
    super(`Google access to mailbox ${mailboxId} was revoked or has expired: ${detail}`);
    this.name = "MailboxGrantRevokedError";
  }
}

export class MailboxNotConnectedError extends Error {
  constructor(public readonly mailboxId: string) {
    super(`Mailbox ${mailboxId} has no stored Google tokens (it is disconnected).`);
    this.name = "MailboxNotConnectedError";
  }
}

export class GmailApiError extends Error {
  constructor(
    message: string,
    public readonly status: number | undefined,
    public readonly retryable: boolean,
    public readonly retryAfterMs?: number,
    /** Google's error reason (`rateLimitExceeded`, `insufficientPermissions`, ...), when the body had one. */
    public readonly reason?: string,
  ) {
    super(message);
    this.name = "GmailApiError";
  }

  /** Gmail said "too fast" (429, or a 403 quota reason): the mailbox's budget is spent for now. */
  get rateLimited(): boolean {
    return this.status === 429 || (this.status === 403 && this.retryable);
  }
}

interface GaxiosLike {
  message?: string;
  code?: string | number;
  status?: number;
  response?: { status?: number; data?: unknown; headers?: unknown };
}

const NETWORK_CODES = new Set(["ETIMEDOUT", "ECONNRESET", "ECONNREFUSED", "EPIPE", "EAI_AGAIN", "ENOTFOUND", "UND_ERR_SOCKET", "ABORT_ERR"]);

/** 403 reasons that mean "too fast, try again later" rather than "not allowed". */
const RATE_LIMIT_REASONS = new Set(["userRateLimitExceeded", "rateLimitExceeded", "quotaExceeded"]);

/**
 * How long Gmail asks us to wait: the Retry-After header (seconds or an HTTP
 * date), else the "Retry after <RFC 3339 time>" Gmail writes into the message
 * of its per-user rate-limit errors.
 */
function retryAfterMs(headers: unknown, message: string | undefined, now = Date.now()): number | undefined {
  const value = headers instanceof Headers ? headers.get("retry-after") : (headers as Record<string, string> | undefined)?.["retry-after"];
  if (value) {
    const seconds = Number(value);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const until = /retry after (\d{4}-\d{2}-\d{2}T[\d:.]+Z)/i.exec(message ?? "")?.[1];
  return until ? Math.max(0, Date.parse(until) - now) : undefined;
}

/** `error.errors[].reason` of Google's JSON error body (first one), if any. */
export function googleErrorReason(data: unknown): string | undefined {
  const errors = (data as { error?: { errors?: { reason?: unknown }[] } } | undefined)?.error?.errors;
  const reason = Array.isArray(errors) ? errors[0]?.reason : undefined;
  return typeof reason === "string" ? reason : undefined;
}

/** Maps an error thrown by googleapis (gaxios) for a mailbox onto the types above. */
export function classifyGmailError(error: unknown, mailboxId: string): Error {
  if (error instanceof MailboxGrantRevokedError || error instanceof GmailApiError) return error;
  const e = (error ?? {}) as GaxiosLike;
  const data = e.response?.data as { error?: unknown; error_description?: string } | undefined;
  if (data?.error === "invalid_grant") return new MailboxGrantRevokedError(mailboxId, data.error_description);
  const status = e.response?.status ?? e.status;
  const message = `Gmail API: ${e.message ?? String(error)}`;
  if (status === undefined) {
    const aborted = (error as Error)?.name === "AbortError" || /timeout|aborted|socket hang up/i.test(e.message ?? "");
    return new GmailApiError(message, undefined, aborted || NETWORK_CODES.has(String(e.code)));
  }
  const reason = googleErrorReason(e.response?.data);
  const apiMessage = (e.response?.data as { error?: { message?: unknown } } | undefined)?.error?.message;
  const rateLimited = status === 429 || (status === 403 && reason !== undefined && RATE_LIMIT_REASONS.has(reason));
  const wait = retryAfterMs(e.response?.headers, typeof apiMessage === "string" ? apiMessage : e.message);
  return new GmailApiError(message, status, rateLimited || status >= 500, wait, reason);
}
