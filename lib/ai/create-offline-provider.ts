import type { AiProvider } from "./ai-provider";
import { extractiveSummary } from "./extractive-summary";
import { HASH_EMBEDDING_MODEL, hashEmbedding } from "./hash-embedding";
import { templateDraft } from "./template-draft";

/**
 * The provider used when no OpenAI key is configured ("Offline AI" in the UI).
 * It makes no network calls and records no usage (nothing is spent).
 * classifyEmail is deliberately undecided: triage keeps the verdict of its
 * rules and local classifier rather than a guess presented as an AI answer.
 */
export function createOfflineProvider(): AiProvider {
  return {
    kind: "offline",
    label: "Offline AI",
    embeddingModel: HASH_EMBEDDING_MODEL,
    classifyEmail: async () => ({ status: "undecided", reason: "Offline AI does not classify; rules and the local classifier decide" }),
    summarize: async (email) => ({ status: "ok", value: extractiveSummary(email.subject, email.text), usage: null }),
    draftReply: async (input) => ({ status: "ok", value: templateDraft(input), usage: null }),
    embed: async (texts) => ({ status: "ok", value: texts.map(hashEmbedding), usage: null }),
  };
}
