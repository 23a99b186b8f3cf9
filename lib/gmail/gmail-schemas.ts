import { z } from "@/lib/validation/zod";

/** A Pub/Sub push body (../shared/data/gmail-api/pubsub-push/q-tasks-push-body.json). */
export const pubsubPushSchema = z.object({
  message: z.object({
    data: z.string().min(1).max(10_000),
    messageId: z.string().min(1).max(200).optional(),
    message_id: z.string().min(1).max(200).optional(),
    publishTime: z.string().optional(),
  }),
  subscription: z.string().max(500).optional(),
});

/** Gmail's notification inside message.data; historyId arrives as a JSON number (strings accepted too). */
export const gmailNotificationSchema = z.object({
  emailAddress: z.email().max(320).transform((a) => a.toLowerCase()),
  historyId: z.union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.string().regex(/^[1-9]\d{0,19}$/)]).transform(String),
});

/** Event data of `gmail/push.received` (webhook -> sync-mailbox). */
export const pushReceivedEventSchema = z.object({
  emailAddress: z.string(),
  historyId: z.string().regex(/^\d+$/),
  receivedAt: z.string().optional(),
});

export type PushReceivedEvent = z.infer<typeof pushReceivedEventSchema>;

/** Event ids (Inngest idempotency) used by the Gmail pipeline. */
export const gmailEventIds = {
  messageFound: (mailboxId: string, providerMessageId: string) => `found-${mailboxId}-${providerMessageId}`,
};
