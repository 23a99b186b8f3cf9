import { z } from "@/lib/validation/zod";

/** Upload limits: big enough for a price list or handbook, small enough to index in one job. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENT_CHARS = 400_000;
export const UPLOAD_EXTENSIONS = [".txt", ".md", ".markdown", ".pdf"] as const;

export const documentIdSchema = z.object({ documentId: z.string().min(1).max(64) });

export const createTextDocumentSchema = z.object({
  title: z.string().trim().min(1, "Give the document a title").max(200),
  format: z.enum(["text", "markdown"]).default("text"),
  content: z.string().trim().min(1, "The document is empty").max(MAX_DOCUMENT_CHARS, "The document is too long (400,000 characters at most)"),
});
export type CreateTextDocumentInput = z.infer<typeof createTextDocumentSchema>;

export const faqEntrySchema = z.object({
  question: z.string().trim().min(3, "Write the question").max(500),
  answer: z.string().trim().min(1, "Write the answer").max(5000),
});
export type FaqEntryInput = z.infer<typeof faqEntrySchema>;

export const updateFaqEntrySchema = faqEntrySchema.extend(documentIdSchema.shape);

export const searchKnowledgeSchema = z.object({
  query: z.string().trim().min(2, "Type a question").max(1000),
  topK: z.coerce.number().int().min(1).max(20).default(5),
});

/** Event that (re)indexes one document. */
export const KNOWLEDGE_INDEX_EVENT = "knowledge/document.changed";
