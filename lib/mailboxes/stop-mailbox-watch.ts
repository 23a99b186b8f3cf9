import type { Mailbox } from "@/generated/prisma/client";
import { gmailForMailbox } from "@/lib/gmail/gmail-client";
import { logger } from "@/lib/observability/logger";

const STOP_TIMEOUT_MS = 5_000;

/**
 * Asks Gmail to stop push notifications for the mailbox (users.stop). Best
 * effort: a revoked grant or an unreachable Google must not block a
 * disconnect, and a watch left behind simply expires within 7 days while
 * pushes for a disconnected mailbox are ignored. Returns whether Gmail confirmed.
 */
export async function stopMailboxWatch(mailbox: Mailbox): Promise<boolean> {
  if (!mailbox.refreshTokenEnc && !mailbox.accessTokenEnc) return false;
  try {
    const gmail = await gmailForMailbox(mailbox);
    await gmail.users.stop({ userId: "me" }, { timeout: STOP_TIMEOUT_MS, retry: false });
    return true;
  } catch (error) {
    logger.warn({ err: error, mailboxId: mailbox.id }, "could not stop the Gmail watch while disconnecting; it will expire on its own");
    return false;
  }
}
