import { NonRetriableError, RetryAfterError } from "inngest";
import { prisma } from "@/lib/db/prisma";
import type { Mailbox } from "@/generated/prisma/client";
import { GmailApiError, MailboxGrantRevokedError, MailboxNotConnectedError } from "./gmail-errors";
import { gmailForMailbox } from "./gmail-client";
import type { gmail_v1 } from "googleapis";

export type GmailStepResult<T> = { ok: true; value: T } | { ok: false; reason: "disconnected" };

/**
 * The body of a job step that calls Gmail for a mailbox, with the error
 * policy in one place: the mailbox is re-read (tokens may have been
 * refreshed or deleted since the run started); a dead or missing grant ends
 * the work quietly (handleRevokedGrant already told the owner); 429s, quota
 * 403s, 5xx and timeouts throw so the step is retried with backoff (no sooner
 * than Gmail's Retry-After when it named one); any other Gmail error is not
 * worth retrying.
 */
export async function runGmailStep<T>(mailboxId: string, fn: (gmail: gmail_v1.Gmail, mailbox: Mailbox) => Promise<T>): Promise<GmailStepResult<T>> {
  const mailbox = await prisma.mailbox.findUnique({ where: { id: mailboxId } });
  if (!mailbox || mailbox.status === "DISCONNECTED" || !mailbox.refreshTokenEnc) return { ok: false, reason: "disconnected" };
  try {
    return { ok: true, value: await fn(await gmailForMailbox(mailbox), mailbox) };
  } catch (error) {
    if (error instanceof MailboxGrantRevokedError || error instanceof MailboxNotConnectedError) return { ok: false, reason: "disconnected" };
    if (error instanceof GmailApiError && !error.retryable) throw new NonRetriableError(error.message, { cause: error });
    if (error instanceof GmailApiError && error.retryAfterMs) throw new RetryAfterError(error.message, error.retryAfterMs, { cause: error });
    throw error;
  }
}
