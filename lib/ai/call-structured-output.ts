import type OpenAI from "openai";
import type { z } from "@/lib/validation/zod";
import type { AiOutcome } from "./ai-provider";
import type { AiTask } from "./ai-schemas";
import { classifyOpenAiError } from "./classify-openai-error";
import type { ChatPrompt } from "./openai-prompts";
import { recordAiUsage } from "./record-ai-usage";
import { strictResponseFormat } from "./strict-response-format";

export interface StructuredCall<S extends z.ZodType> {
  client: OpenAI;
  workspaceId: string;
  messageId?: string | null;
  task: AiTask;
  model: string;
  prompt: ChatPrompt;
  schema: S;
  schemaName: string;
  maxOutputTokens?: number;
}

/**
 * One chat completion with a strict JSON-schema response format. The answer
 * is parsed and validated here (not trusted because the API promised a
 * schema), and every outcome, failures included, records an AiUsage row.
 */
export async function callStructuredOutput<S extends z.ZodType>(call: StructuredCall<S>): Promise<AiOutcome<z.infer<S>>> {
  const record = (outcome: string, input = 0, output = 0, model = call.model) =>
    recordAiUsage({ workspaceId: call.workspaceId, messageId: call.messageId, task: call.task, model, inputTokens: input, outputTokens: output, outcome });

  let completion: OpenAI.Chat.Completions.ChatCompletion;
  try {
    completion = await call.client.chat.completions.create({
      model: call.model,
      messages: [
        { role: "system", content: call.prompt.system },
        { role: "user", content: call.prompt.user },
      ],
      response_format: strictResponseFormat(call.schema, call.schemaName),
      max_completion_tokens: call.maxOutputTokens ?? 1200,
    });
  } catch (err) {
    const failure = classifyOpenAiError(err);
    await record(`failed:${failure.kind}`);
    return { status: "failed", failure };
  }

  const inputTokens = completion.usage?.prompt_tokens ?? 0;
  const outputTokens = completion.usage?.completion_tokens ?? 0;
  const fail = async (kind: "refusal" | "malformed_output", message: string): Promise<AiOutcome<z.infer<S>>> => {
    await record(`failed:${kind}`, inputTokens, outputTokens, completion.model || call.model);
    return { status: "failed", failure: { kind, message } };
  };

  const choice = completion.choices[0];
  if (choice?.message.refusal) return fail("refusal", `The model refused: ${choice.message.refusal}`);
  if (choice?.finish_reason === "content_filter") return fail("refusal", "The answer was withheld by the content filter");
  if (choice?.finish_reason === "length") return fail("malformed_output", "The answer was cut off at the token limit");
  let json: unknown;
  try {
    json = JSON.parse(choice?.message.content ?? "");
  } catch {
    return fail("malformed_output", "The model's answer was not valid JSON");
  }
  const parsed = call.schema.safeParse(json);
  if (!parsed.success) return fail("malformed_output", `The model's answer did not match the schema: ${parsed.error.issues[0]?.message ?? ""}`);

  const model = completion.model || call.model;
  const usd = await record("ok", inputTokens, outputTokens, model);
  return { status: "ok", value: parsed.data, usage: { model, inputTokens, outputTokens, usd } };
}
