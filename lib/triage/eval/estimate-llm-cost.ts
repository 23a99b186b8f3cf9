import { estimateUsd } from "@/lib/ai/model-prices";
import { triagePrompt } from "@/lib/ai/openai-prompts";
import { toEmailForAi } from "../to-email-for-ai";
import type { TriageInput } from "../triage-input";

// A filled-in triage JSON answer (intent, summary, lead fields) is about this long.
const OUTPUT_TOKENS = 150;
// English text averages about four characters per token with OpenAI's tokenizers.
const CHARS_PER_TOKEN = 4;

/** What one triage LLM call for this email would cost: the real prompt's size, priced for the configured model. */
export function estimateLlmCost(input: TriageInput, model: string): { tokens: number; usd: number } {
  const prompt = triagePrompt(toEmailForAi(input));
  const inputTokens = Math.ceil((prompt.system.length + prompt.user.length) / CHARS_PER_TOKEN);
  return { tokens: inputTokens + OUTPUT_TOKENS, usd: estimateUsd(model, inputTokens, OUTPUT_TOKENS) };
}
