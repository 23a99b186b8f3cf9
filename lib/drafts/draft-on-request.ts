import type { Draft } from "@/generated/prisma/client";
import { getAiAllowance } from "@/lib/billing/get-ai-allowance";
import { recordUsage } from "@/lib/billing/record-usage";
import { AppError } from "@/lib/http/app-error";
import { generateDraft } from "./generate-draft";

/**
 * "Draft a reply" / "Regenerate" from a person: writes a new version of the
 * message's draft and counts it against the plan's draft quota (asking is
 * what spends the AI on imported mail). At the quota it refuses with the
 * plan's message (429) instead of drafting; an AI failure is a 503.
 */
export async function draftOnRequest(workspaceId: string, messageId: string): Promise<Draft> {
  const allowance = await getAiAllowance(workspaceId, { purpose: "draft" });
  if (!allowance.allowed) throw new AppError("rate_limited", allowance.message ?? "The plan's AI drafts for this period are used up.");
  const result = await generateDraft(workspaceId, messageId, { regenerate: true });
  if (result.status === "failed") throw new AppError("unavailable", `The AI could not write a draft: ${result.failure.message}`);
  await recordUsage({ workspaceId, metric: "drafts", quantity: 1, idempotencyKey: `draft-${result.draft.id}-v${result.draft.version}` });
  return result.draft;
}
