import type { gmail_v1 } from "googleapis";
import type { Mailbox } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { advanceHistoryCursor } from "./advance-history-cursor";
import { gmailForMailbox } from "./gmail-client";

export interface WatchResult {
  watching: boolean;
  historyId?: string;
  expiresAt?: string;
}

/**
 * users.watch on INBOX, publishing to GMAIL_PUBSUB_TOPIC; stores the expiry
 * (about 7 days; renew-gmail-watches renews a day ahead). On a first connect
 * the watch's history id becomes the sync cursor; an existing cursor is kept
 * so a reconnect resumes where it stopped.
 */
export async function watchMailbox(mailbox: Mailbox, client?: gmail_v1.Gmail): Promise<WatchResult> {
  const topicName = env.GMAIL_PUBSUB_TOPIC;
  if (!topicName) {
    logger.warn({ mailboxId: mailbox.id }, "GMAIL_PUBSUB_TOPIC is not set: no Gmail watch, so no push notifications");
    return { watching: false };
  }
  const gmail = client ?? (await gmailForMailbox(mailbox));
  const { data } = await gmail.users.watch({ userId: "me", requestBody: { topicName, labelIds: ["INBOX"], labelFilterBehavior: "include" } });
  const expiresAt = new Date(Number(data.expiration));
  await prisma.mailbox.update({ where: { id: mailbox.id }, data: { watchExpiresAt: expiresAt, watchRenewedAt: new Date() } });
  if (data.historyId && mailbox.historyId === null) await advanceHistoryCursor(mailbox.id, data.historyId);
  return { watching: true, historyId: data.historyId ?? undefined, expiresAt: expiresAt.toISOString() };
}
