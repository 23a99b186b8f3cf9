import type { AiProvider } from "@/lib/ai/ai-provider";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { getAiAllowance } from "@/lib/billing/get-ai-allowance";
import { prisma } from "@/lib/db/prisma";
import { isBackfillMessage } from "@/lib/mail/is-backfill-message";
import { logger } from "@/lib/observability/logger";
import { loadShippedModel } from "./classifier/classify-email";
import { loadPrefilterContext } from "./load-prefilter-context";
import { loadTriageInput } from "./load-triage-input";
import { saveTriage } from "./save-triage";
import { triageEmail } from "./triage-email";

export interface TriageStoredOptions {
  // Tests pass a provider pointed at a fake; production asks getAiProvider.
  ai?: AiProvider | null;
}

/**
 * Triage of one stored message, once: an existing verdict is returned as is.
 * Mail imported when the mailbox was connected is triaged by rules and the
 * local classifier only (no LLM, no AI quota). Returns null when the message
 * does not exist in this workspace.
 */
export async function triageStoredMessage(workspaceId: string, messageId: string, options: TriageStoredOptions = {}) {
  const existing = await prisma.mailTriage.findFirst({ where: { messageId, workspaceId } });
  if (existing) return existing;
  const loaded = await loadTriageInput(workspaceId, messageId);
  if (!loaded) return null;
  const [context, model, ai] = await Promise.all([
    loadPrefilterContext(workspaceId, loaded.input.from?.address ?? null),
    loadShippedModel(),
    options.ai !== undefined ? options.ai : isBackfillMessage(workspaceId, messageId).then((old) => (old ? null : allowedProvider(workspaceId))),
  ]);
  const result = await triageEmail(loaded.input, { model, context, ai, messageId, receivedAt: loaded.receivedAt });
  const row = await saveTriage(workspaceId, messageId, result, ai?.kind ?? null);
  if (result.ruleId && row.senderRuleId === result.ruleId) {
    await prisma.senderRule.updateMany({ where: { id: result.ruleId, workspaceId }, data: { hits: { increment: 1 }, lastHitAt: new Date() } });
  }
  return row;
}

/** The workspace's AI provider, or none while its plan's AI quota is used up (rules and the classifier still run). */
async function allowedProvider(workspaceId: string): Promise<AiProvider | null> {
  const allowance = await getAiAllowance(workspaceId, { purpose: "triage" });
  if (!allowance.allowed) {
    logger.info({ workspaceId, reason: allowance.reason }, "AI quota reached: triage without LLM");
    return null;
  }
  return getAiProvider(workspaceId);
}
