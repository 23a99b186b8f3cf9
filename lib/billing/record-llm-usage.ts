import { recordUsage } from "./record-usage";

export interface LlmUsage {
  workspaceId: string;
  /** The AiUsage row's id: makes the three counters idempotent per model call. */
  usageId: string;
  tokens: number;
  costUsd: number;
}

/** Counts one model call in the period's llm_calls, llm_tokens and llm_cost_micros. */
export async function recordLlmUsage({ workspaceId, usageId, tokens, costUsd }: LlmUsage): Promise<void> {
  await recordUsage({ workspaceId, metric: "llm_calls", quantity: 1, idempotencyKey: `llm_calls-${usageId}` });
  if (tokens > 0) await recordUsage({ workspaceId, metric: "llm_tokens", quantity: Math.round(tokens), idempotencyKey: `llm_tokens-${usageId}` });
  const micros = Math.round(costUsd * 1_000_000);
  if (micros > 0) await recordUsage({ workspaceId, metric: "llm_cost_micros", quantity: micros, idempotencyKey: `llm_cost_micros-${usageId}` });
}
