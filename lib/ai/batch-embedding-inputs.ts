import { tokenPieces } from "./token-pieces";

/** OpenAI's embedding limits: tokens per input, tokens per request, inputs per request (kept smaller: a failure stays cheap to retry). */
export const EMBEDDING_LIMITS = { tokensPerInput: 8192, tokensPerRequest: 300_000, inputsPerRequest: 96 };

/**
 * The texts as embedding requests that the API accepts: each text cut to the
 * per-input token limit (the embedding of a longer passage is of its start),
 * empty texts sent as one space (the API refuses ""), and consecutive texts
 * grouped so no request exceeds the per-request token or input limits. Counted
 * in tokens, not characters: a character of CJK text is about one token where
 * English averages four characters per token. Order is kept across batches.
 */
export function batchEmbeddingInputs(texts: string[], limits = EMBEDDING_LIMITS): { inputs: string[]; tokens: number }[] {
  const batches: { inputs: string[]; tokens: number }[] = [];
  let current: { inputs: string[]; tokens: number } = { inputs: [], tokens: 0 };
  for (const text of texts) {
    let kept = "";
    let tokens = 0;
    for (const piece of tokenPieces(text || " ")) {
      if (tokens + piece.tokens > limits.tokensPerInput) break;
      kept += piece.text;
      tokens += piece.tokens;
    }
    if (!kept) [kept, tokens] = [" ", 1];
    if (current.inputs.length >= limits.inputsPerRequest || current.tokens + tokens > limits.tokensPerRequest) {
      batches.push(current);
      current = { inputs: [], tokens: 0 };
    }
    current.inputs.push(kept);
    current.tokens += tokens;
  }
  if (current.inputs.length) batches.push(current);
  return batches;
}
