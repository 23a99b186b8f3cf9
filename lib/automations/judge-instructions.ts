import { z } from "@/lib/validation/zod";
import { env } from "@/lib/env";
import type { EmailForAi } from "@/lib/ai/ai-provider";
import { callStructuredOutput } from "@/lib/ai/call-structured-output";
import { createOpenAiClient } from "@/lib/ai/create-openai-client";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { loadAiSettings } from "@/lib/ai/load-ai-settings";
import { formatEmail, injectionRules, newBoundary, wrapUntrusted } from "@/lib/ai/untrusted-content";
import type { AiJudgments } from "./evaluate-condition";

const verdictsSchema = z.object({ verdicts: z.array(z.object({ index: z.number().int(), holds: z.boolean() })) });

function judgePrompt(email: EmailForAi, instructions: string[]) {
  const boundary = newBoundary();
  return {
    system: [
      "You decide whether statements written by a business owner hold for one incoming email.",
      "Answer each numbered statement with holds=true only when the email clearly satisfies it; when unsure, false.",
      injectionRules(boundary),
    ].join(" "),
    user: [
      "Statements (from the business owner, trusted):",
      ...instructions.map((s, i) => `${i}. ${s}`),
      "",
      "The email:",
      wrapUntrusted(boundary, "email", formatEmail(email, 6000)),
    ].join("\n"),
  };
}

/**
 * Asks the workspace's AI whether each plain-English rule condition holds
 * for the email, in one call. The offline provider cannot judge: every
 * instruction is then "unavailable" and rules depending on it do not fire.
 * A failed call is also "unavailable" (never guessed as true).
 */
export async function judgeInstructions(workspaceId: string, email: EmailForAi, instructions: string[]): Promise<AiJudgments> {
  const unavailable = new Map(instructions.map((i) => [i, "unavailable" as const]));
  if (instructions.length === 0) return unavailable;
  const provider = await getAiProvider(workspaceId);
  if (provider.kind !== "openai") return unavailable;
  // Same key choice as getAiProvider (workspace key, else the deployment's): the provider interface has no free-form judge call.
  const apiKey = (await loadAiSettings(workspaceId)).openAiKey ?? env.OPENAI_API_KEY;
  if (!apiKey) return unavailable;
  const client = createOpenAiClient({ apiKey });
  const outcome = await callStructuredOutput({
    client,
    workspaceId,
    messageId: email.messageId,
    task: "triage",
    model: env.OPENAI_TRIAGE_MODEL,
    prompt: judgePrompt(email, instructions),
    schema: verdictsSchema,
    schemaName: "rule_conditions",
    maxOutputTokens: 40 + 20 * instructions.length,
  });
  if (outcome.status !== "ok") return unavailable;
  const judgments = new Map<string, boolean | "unavailable">(unavailable);
  for (const v of outcome.value.verdicts) {
    const instruction = instructions[v.index];
    if (instruction !== undefined) judgments.set(instruction, v.holds);
  }
  return judgments;
}
