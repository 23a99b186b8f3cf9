import { recordLlmUsage } from "@/lib/billing/record-llm-usage";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import type { AiTask } from "./ai-schemas";
import { estimateUsd } from "./model-prices";

export interface AiUsageRecord {
  workspaceId: string;
  task: AiTask;
  model: string;
  inputTokens: number;
  outputTokens: number;
  outcome: string;
  messageId?: string | null;
}

/**
 * Writes the AiUsage row for one model call, counts it in the billing
 * period (llm_calls, llm_tokens, llm_cost_micros, idempotent by the row id)
 * and returns its estimated cost. A failed write is logged, not thrown:
 * losing a cost row must not lose the email.
 */
export async function recordAiUsage(record: AiUsageRecord): Promise<number> {
  const estimatedUsd = estimateUsd(record.model, record.inputTokens, record.outputTokens);
  try {
    const row = await prisma.aiUsage.create({
      data: {
        workspaceId: record.workspaceId,
        task: record.task,
        model: record.model,
        inputTokens: record.inputTokens,
        outputTokens: record.outputTokens,
        estimatedUsd,
        outcome: record.outcome,
        messageId: record.messageId ?? null,
      },
    });
    await recordLlmUsage({ workspaceId: record.workspaceId, usageId: row.id, tokens: record.inputTokens + record.outputTokens, costUsd: estimatedUsd });
  } catch (err) {
    logger.error({ err, task: record.task, workspaceId: record.workspaceId }, "could not record AI usage");
  }
  return estimatedUsd;
}
