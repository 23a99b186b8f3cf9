import { z } from "@/lib/validation/zod";

/** A Pub/Sub push body, as Pub/Sub documents it for push subscriptions (a recorded one is checked by route.corpus.test.ts). */
export const pubsubPushSchema = z.object({
  message: z.object({
    data: z.string().min(1).max(10_000),
    messageId: z.string().min(1).max(200).optional(),
    message_id: z.string().min(1).max(200).optional(),
    publishTime: z.string().optional(),
  }),
  subscription: z.string().max(500).optional(),
});

/** History ids are stored as Postgres bigint: a larger one would fail the insert (a 500 that Pub/Sub redelivers forever). */
// The regex check does not stop the refinement (zod runs both), so a non-numeric string must not reach BigInt().
const fitsBigint = (s: string) => /^\d{1,19}$/.test(s) && BigInt(s) <= 9223372036854775807n;
const historyIdString = z.string().regex(/^[1-9]\d{0,18}$/).refine(fitsBigint, "historyId is larger than a history id can be.");

/** Gmail's notification inside message.data; historyId arrives as a JSON number (strings accepted too). */
export const gmailNotificationSchema = z.object({
  emailAddress: z.email().max(320).transform((a) => a.toLowerCase()),
  historyId: z.union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), historyIdString]).transform(String),
});

/** Event data of `gmail/push.received` (webhook -> sync-mailbox). */
export const pushReceivedEventSchema = z.object({
  emailAddress: z.string(),
  historyId: z.string().regex(/^\d{1,19}$/).refine(fitsBigint),
  receivedAt: z.string().optional(),
});

export type PushReceivedEvent = z.infer<typeof pushReceivedEventSchema>;

/** Event ids (Inngest idempotency) used by the Gmail pipeline. */
export const gmailEventIds = {
  messageFound: (mailboxId: string, providerMessageId: string) => `found-${mailboxId}-${providerMessageId}`,
};
