/**
 * What can go wrong talking to Gmail, in the terms callers act on:
 * - MailboxGrantRevokedError: the refresh token is dead (invalid_grant); the
 *   mailbox must be disconnected and its owner asked to reconnect.
 * - GmailApiError with retryable = true: 429, 5xx, timeouts and network
 *   errors; the job retries with backoff.
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
  ) {
    super(message);
    this.name = "GmailApiError";
  }
}

interface GaxiosLike {
  message?: string;
  code?: string | number;
  status?: number;
  response?: { status?: number; data?: unknown; headers?: unknown };
}

const NETWORK_CODES = new Set(["ETIMEDOUT", "ECONNRESET", "ECONNREFUSED", "EPIPE", "EAI_AGAIN", "ENOTFOUND", "UND_ERR_SOCKET", "ABORT_ERR"]);

function retryAfterMs(headers: unknown): number | undefined {
  const value = headers instanceof Headers ? headers.get("retry-after") : (headers as Record<string, string> | undefined)?.["retry-after"];
  const seconds = Number(value);
  return value && Number.isFinite(seconds) ? seconds * 1000 : undefined;
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
  return new GmailApiError(message, status, status === 429 || status >= 500, retryAfterMs(e.response?.headers));
}
