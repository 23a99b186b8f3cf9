/**
 * USD per million tokens, from OpenAI's public price list (standard tier,
 * November 2026). Dated model names ("gpt-4o-mini-2024-07-18") match their
 * family by prefix; the longest prefix wins so "gpt-4o-mini" is not billed as "gpt-4o".
 */
export const MODEL_PRICES: Record<string, { input: number; output: number }> = {
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-5-nano": { input: 0.05, output: 0.4 },
  "gpt-5-mini": { input: 0.25, output: 2 },
  "gpt-5": { input: 1.25, output: 10 },
  "o4-mini": { input: 1.1, output: 4.4 },
  "text-embedding-3-small": { input: 0.02, output: 0 },
  "text-embedding-3-large": { input: 0.13, output: 0 },
  "text-embedding-ada-002": { input: 0.1, output: 0 },
};

// An unknown model is costed like a flagship model: overestimating cost is the safer error.
const UNKNOWN_MODEL_PRICE = { input: 2.5, output: 10 };

const PREFIXES = Object.keys(MODEL_PRICES).sort((a, b) => b.length - a.length);

export function priceForModel(model: string): { input: number; output: number; known: boolean } {
  const prefix = PREFIXES.find((p) => model === p || model.startsWith(`${p}-`));
  return prefix ? { ...MODEL_PRICES[prefix]!, known: true } : { ...UNKNOWN_MODEL_PRICE, known: false };
}

export function estimateUsd(model: string, inputTokens: number, outputTokens: number): number {
  const price = priceForModel(model);
  return (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
}
