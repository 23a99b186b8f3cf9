import { z } from "@/lib/validation/zod";

/** `mail/message.found` (sent by sync-mailbox / start-mailbox): one Gmail message to fetch and store. */
export const messageFoundEventSchema = z.object({
  workspaceId: z.string().min(1),
  mailboxId: z.string().min(1),
  providerMessageId: z.string().min(1).max(200),
});
export type MessageFoundEvent = z.infer<typeof messageFoundEventSchema>;

/** `mail/message.stored` (sent by ingest-email, consumed by triage-email), id `stored-<messageId>`. */
export const messageStoredEventSchema = z.object({
  workspaceId: z.string().min(1),
  mailboxId: z.string().min(1),
  messageId: z.string().min(1),
});
export type MessageStoredEvent = z.infer<typeof messageStoredEventSchema>;

export const mailEventIds = {
  messageStored: (messageId: string) => `stored-${messageId}`,
};

/** Inbox list query: cursor pagination (newest first) and an optional mailbox filter. */
export const inboxQuerySchema = z.object({
  mailboxId: z.string().min(1).max(100).optional(),
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;
