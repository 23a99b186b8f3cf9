import type OpenAI from "openai";
import type { AiCallOptions, AiOutcome } from "./ai-provider";
import { batchEmbeddingInputs } from "./batch-embedding-inputs";
import { classifyOpenAiError } from "./classify-openai-error";
import { l2Normalise } from "./l2-normalise";
import { recordAiUsage } from "./record-ai-usage";

export async function embedWithOpenAi(
  client: OpenAI,
  workspaceId: string,
  model: string,
  texts: string[],
  options: AiCallOptions = {},
): Promise<AiOutcome<number[][]>> {
  const vectors: number[][] = [];
  let inputTokens = 0;
  let usd = 0;
  for (const { inputs: batch } of batchEmbeddingInputs(texts)) {
    try {
      const res = await client.embeddings.create({ model, input: batch });
      const ordered = [...res.data].sort((a, b) => a.index - b.index);
      if (ordered.length !== batch.length) throw new Error(`expected ${batch.length} embeddings, got ${ordered.length}`);
      vectors.push(...ordered.map((d) => l2Normalise(d.embedding)));
      inputTokens += res.usage.prompt_tokens;
      usd += await recordAiUsage({ workspaceId, task: "embedding", model, inputTokens: res.usage.prompt_tokens, outputTokens: 0, outcome: "ok", messageId: options.messageId });
    } catch (err) {
      const failure = classifyOpenAiError(err);
      await recordAiUsage({ workspaceId, task: "embedding", model, inputTokens: 0, outputTokens: 0, outcome: `failed:${failure.kind}`, messageId: options.messageId });
      return { status: "failed", failure };
    }
  }
  return { status: "ok", value: vectors, usage: { model, inputTokens, outputTokens: 0, usd } };
}
