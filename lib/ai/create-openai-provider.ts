import OpenAI from "openai";
import { env } from "@/lib/env";
import type { AiProvider } from "./ai-provider";
import { draftReplyOutputSchema, llmTriageResultSchema, summaryOutputSchema } from "./ai-schemas";
import { callStructuredOutput } from "./call-structured-output";
import { embedWithOpenAi } from "./embed-with-openai";
import { noRetryOnInsufficientQuota } from "./no-retry-on-insufficient-quota";
import { draftPrompt, summaryPrompt, triagePrompt } from "./openai-prompts";

export interface OpenAiProviderOptions {
  workspaceId: string;
  apiKey: string;
  keySource: "workspace" | "environment";
  baseURL?: string;
  timeoutMs?: number;
  // The SDK retries 408/409/429/5xx and connection errors with backoff, honouring retry-after
  // (except insufficient_quota 429s: see no-retry-on-insufficient-quota.ts).
  maxRetries?: number;
}

export function createOpenAiProvider(options: OpenAiProviderOptions): AiProvider {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? env.OPENAI_BASE_URL,
    timeout: options.timeoutMs ?? env.OPENAI_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? 2,
    fetch: noRetryOnInsufficientQuota,
  });
  const { workspaceId } = options;
  const embeddingModel = env.OPENAI_EMBEDDING_MODEL;

  return {
    kind: "openai",
    label: options.keySource === "workspace" ? "OpenAI (workspace key)" : "OpenAI",
    embeddingModel,
    classifyEmail: (email, opts) =>
      callStructuredOutput({
        client,
        workspaceId,
        messageId: opts?.messageId ?? email.messageId,
        task: "triage",
        model: env.OPENAI_TRIAGE_MODEL,
        prompt: triagePrompt(email),
        schema: llmTriageResultSchema,
        schemaName: "email_triage",
        maxOutputTokens: 600,
      }),
    summarize: async (email, opts) => {
      const outcome = await callStructuredOutput({
        client,
        workspaceId,
        messageId: opts?.messageId ?? email.messageId,
        task: "summary",
        model: env.OPENAI_TRIAGE_MODEL,
        prompt: summaryPrompt(email),
        schema: summaryOutputSchema,
        schemaName: "email_summary",
        maxOutputTokens: 300,
      });
      return outcome.status === "ok" ? { ...outcome, value: outcome.value.summary } : outcome;
    },
    draftReply: async (input, opts) => {
      const outcome = await callStructuredOutput({
        client,
        workspaceId,
        messageId: opts?.messageId ?? input.email.messageId,
        task: "draft",
        model: env.OPENAI_DRAFT_MODEL,
        prompt: draftPrompt(input),
        schema: draftReplyOutputSchema,
        schemaName: "reply_draft",
        maxOutputTokens: 1500,
      });
      if (outcome.status !== "ok") return outcome;
      // A model may cite an id it was never given; only offered passages count as sources.
      const offered = new Set(input.passages.map((p) => p.id));
      return { ...outcome, value: { ...outcome.value, usedSourceIds: outcome.value.usedSourceIds.filter((id) => offered.has(id)) } };
    },
    embed: (texts, opts) => embedWithOpenAi(client, workspaceId, embeddingModel, texts, opts),
  };
}
