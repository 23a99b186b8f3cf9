import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import type { TriageResult } from "./triage-email";

/**
 * Stores the verdict once per message. A concurrent or repeated run that loses
 * the race on the unique messageId gets the stored row back, not a second one.
 */
export async function saveTriage(workspaceId: string, messageId: string, result: TriageResult, aiProvider: string | null) {
  try {
    return await prisma.mailTriage.create({
      data: {
        workspaceId,
        messageId,
        route: result.route,
        category: result.category,
        confidence: result.confidence,
        decidedBy: result.decidedBy,
        reasons: result.reasons,
        needsReview: result.needsReview,
        blockAutomation: result.blockAutomation,
        isLead: result.isLead,
        intent: result.intent,
        urgency: result.urgency,
        sentiment: result.sentiment,
        summary: result.summary,
        needsReply: result.needsReply,
        lead: result.lead ?? Prisma.DbNull,
        classifier: result.classifier ? { ...result.classifier.routeProbabilities, category: result.classifier.category } : Prisma.DbNull,
        senderRuleId: result.ruleId,
        aiProvider,
        llmModel: result.llmUsage?.model ?? null,
        llmInputTokens: result.llmUsage?.inputTokens ?? 0,
        llmOutputTokens: result.llmUsage?.outputTokens ?? 0,
        llmUsd: result.llmUsage?.usd ?? 0,
      },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return prisma.mailTriage.findUniqueOrThrow({ where: { messageId } });
    }
    throw error;
  }
}
