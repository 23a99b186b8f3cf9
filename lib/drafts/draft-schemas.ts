import { z } from "@/lib/validation/zod";

export const draftIdSchema = z.object({ draftId: z.string().min(1).max(64) });
export const editDraftSchema = draftIdSchema.extend({ body: z.string().trim().min(1, "The reply is empty").max(20_000) });
export const messageIdSchema = z.object({ messageId: z.string().min(1).max(64) });

/** A knowledge passage a draft relied on, as stored on the draft and shown under it. */
export const draftSourceSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  title: z.string(),
  excerpt: z.string(),
  score: z.number(),
});
export type DraftSource = z.infer<typeof draftSourceSchema>;

export const DRAFT_REPLY_EVENT_TRIGGER = "mail/message.triaged";
