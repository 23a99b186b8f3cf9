import { inngest } from "@/inngest/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { logger } from "@/lib/observability/logger";
import { gmailNotificationSchema, pubsubPushSchema } from "./gmail-schemas";

const MAX_PUSH_BYTES = 64 * 1024;

function parsePush(text: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
  const push = pubsubPushSchema.safeParse(json);
  if (!push.success) throw new AppError("bad_request", "Not a Pub/Sub push message.", push.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const messageId = push.data.message.messageId ?? push.data.message.message_id;
  if (!messageId) throw new AppError("bad_request", "The push message has no messageId.");
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(push.data.message.data, "base64").toString("utf8"));
  } catch {
    throw new AppError("bad_request", "message.data is not base64-encoded JSON.");
  }
  const notification = gmailNotificationSchema.safeParse(data);
  if (!notification.success) throw new AppError("bad_request", "message.data is not a Gmail notification {emailAddress, historyId}.");
  return { messageId, ...notification.data };
}

/**
 * Handles a verified push body: decode it, remember its Pub/Sub messageId
 * (a redelivery is a no-op) and send one `gmail/push.received` event. No
 * mailbox work happens here. If the event cannot be sent the receipt is
 * removed again and the push answered 503, so Pub/Sub redelivers it.
 */
export async function receiveGmailPush(text: string): Promise<{ duplicate: boolean; emailAddress: string; historyId: string }> {
  if (Buffer.byteLength(text) > MAX_PUSH_BYTES) throw new AppError("payload_too_large", `A push body is at most ${MAX_PUSH_BYTES} bytes.`);
  const { messageId, emailAddress, historyId } = parsePush(text);
  const inserted = await prisma.mailPushReceipt.createMany({ data: [{ pubsubMessageId: messageId, emailAddress, historyId: BigInt(historyId) }], skipDuplicates: true });
  if (inserted.count === 0) return { duplicate: true, emailAddress, historyId };
  try {
    // No event id: the receipt insert above already let exactly one delivery through, and an id would
    // cost the request another lookup. A send reported failed that did land only adds a sync that finds nothing.
    await inngest.send({ name: "gmail/push.received", data: { emailAddress, historyId, receivedAt: new Date().toISOString() } });
  } catch (error) {
    logger.error({ err: error, messageId }, "could not queue a Gmail push; asking Pub/Sub to redeliver");
    await prisma.mailPushReceipt.delete({ where: { pubsubMessageId: messageId } }).catch(() => undefined);
    throw new AppError("unavailable", "Could not queue the notification; retry later.");
  }
  return { duplicate: false, emailAddress, historyId };
}
