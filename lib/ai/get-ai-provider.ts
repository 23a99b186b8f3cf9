import { env } from "@/lib/env";
import type { AiProvider } from "./ai-provider";
import { createOfflineProvider } from "./create-offline-provider";
import { createOpenAiProvider } from "./create-openai-provider";
import { loadAiSettings } from "./load-ai-settings";

/**
 * The workspace's AI provider: OpenAI with the workspace's own key when it
 * set one, else with the deployment's OPENAI_API_KEY, else Offline AI.
 * Built per call so a key set or cleared in Settings applies at once.
 */
export async function getAiProvider(workspaceId: string): Promise<AiProvider> {
  const settings = await loadAiSettings(workspaceId);
  if (settings.openAiKey) return createOpenAiProvider({ workspaceId, apiKey: settings.openAiKey, keySource: "workspace" });
  if (env.OPENAI_API_KEY) return createOpenAiProvider({ workspaceId, apiKey: env.OPENAI_API_KEY, keySource: "environment" });
  return createOfflineProvider();
}
