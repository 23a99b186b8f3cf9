import { z } from "@/lib/validation/zod";

/**
 * The AI domain's schemas. The LLM triage result doubles as the OpenAI
 * structured-output schema, so every field is required (strict JSON schema)
 * and "unknown" is expressed as null rather than an absent key.
 */
export const LLM_TRIAGE_CATEGORIES = ["lead", "support", "billing", "scheduling", "personal", "other"] as const;
export type LlmTriageCategory = (typeof LLM_TRIAGE_CATEGORIES)[number];

export const SENTIMENTS = ["positive", "neutral", "negative"] as const;

const nullableText = z.string().max(300).nullable();

export const leadFieldsSchema = z.object({
  name: nullableText,
  company: nullableText,
  role: nullableText,
  phone: nullableText,
  budget: nullableText,
  timeline: nullableText,
  need: nullableText,
});
export type LeadFields = z.infer<typeof leadFieldsSchema>;

export const llmTriageResultSchema = z.object({
  category: z.enum(LLM_TRIAGE_CATEGORIES),
  // Short free-text label of what the sender wants ("request a quote", "cancel subscription").
  intent: z.string().max(200),
  urgency: z.number().int().min(1).max(5),
  sentiment: z.enum(SENTIMENTS),
  // One line, no newlines: shown in the inbox list.
  summary: z.string().max(300),
  needsReply: z.boolean(),
  lead: leadFieldsSchema,
});
export type LlmTriageResult = z.infer<typeof llmTriageResultSchema>;

/** What the model returns for a reply draft; sources are the passage ids it actually relied on. */
export const draftReplyOutputSchema = z.object({
  body: z.string().min(1).max(8000),
  usedSourceIds: z.array(z.string()).max(20),
  // 0..1: how fully the sources and thread answer the sender (low = a human should write it).
  confidence: z.number().min(0).max(1),
});
export type DraftReplyOutput = z.infer<typeof draftReplyOutputSchema>;

export const summaryOutputSchema = z.object({ summary: z.string().min(1).max(1000) });

export const AI_TASKS = ["triage", "summary", "draft", "embedding"] as const;
export type AiTask = (typeof AI_TASKS)[number];

/** Workspace AI settings form: the key is write-only; empty tone/signature fall back to defaults. */
export const aiSettingsSchema = z.object({
  tone: z.string().trim().max(500).default(""),
  signature: z.string().trim().max(1000).default(""),
});
export const setOpenAiKeySchema = z.object({
  apiKey: z
    .string()
    .trim()
    .min(20, "That does not look like an OpenAI API key")
    .max(300)
    .regex(/^sk-[A-Za-z0-9_\-]+$/, "OpenAI API keys start with sk-"),
});
