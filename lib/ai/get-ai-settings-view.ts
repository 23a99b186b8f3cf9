import { env } from "@/lib/env";
import { HASH_EMBEDDING_MODEL } from "./hash-embedding";
import { loadAiSettings } from "./load-ai-settings";

/** What the Settings page shows: which provider is in use and why, with the key masked. */
export interface AiSettingsView {
  provider: "openai" | "offline";
  providerLabel: string;
  keySource: "workspace" | "environment" | null;
  maskedKey: string | null;
  models: { triage: string; draft: string; embedding: string };
  tone: string;
  signature: string;
}

export async function getAiSettingsView(workspaceId: string): Promise<AiSettingsView> {
  const settings = await loadAiSettings(workspaceId);
  const keySource = settings.openAiKey ? "workspace" : env.OPENAI_API_KEY ? "environment" : null;
  const offline = keySource === null;
  return {
    provider: offline ? "offline" : "openai",
    providerLabel: offline ? "Offline AI" : keySource === "workspace" ? "OpenAI (workspace key)" : "OpenAI",
    keySource,
    maskedKey: settings.openAiKeyLast4 ? `sk-…${settings.openAiKeyLast4}` : null,
    models: offline
      ? { triage: "rules and local classifier", draft: "templates filled from the knowledge base", embedding: HASH_EMBEDDING_MODEL }
      : { triage: env.OPENAI_TRIAGE_MODEL, draft: env.OPENAI_DRAFT_MODEL, embedding: env.OPENAI_EMBEDDING_MODEL },
    tone: settings.tone,
    signature: settings.signature,
  };
}
