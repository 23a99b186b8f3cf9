import { env } from "@/lib/env";
import type { AiProvider } from "./ai-provider";
import { draftReplyOutputSchema, llmTriageResultSchema, summaryOutputSchema } from "./ai-schemas";
import { callStructuredOutput } from "./call-structured-output";
import { embedWithOpenAi } from "./embed-with-openai";
import { createOpenAiClient, type OpenAiClientOptions } from "./create-openai-client";
import { draftPrompt, summaryPrompt, triagePrompt } from "./openai-prompts";

export interface OpenAiProviderOptions extends OpenAiClientOptions {
  workspaceId: string;
  keySource: "workspace" | "environment";
}

export function createOpenAiProvider(options: OpenAiProviderOptions): AiProvider {
  const client = createOpenAiClient(options);
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
