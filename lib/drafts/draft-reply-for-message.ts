import type { Draft } from "@/generated/prisma/client";
import { getAiAllowance } from "@/lib/billing/get-ai-allowance";
import { recordUsage } from "@/lib/billing/record-usage";
import { generateDraft } from "./generate-draft";

export type DraftJobOutcome =
  | { status: "skipped"; reason: string }
  | { status: "drafted"; draft: Draft; created: boolean }
  | { status: "needs_review"; reason: string; retryable: boolean };

/**
 * The drafting step of the job: respects the plan's draft quota, generates
 * (or finds) the message's draft and counts it once for billing (unless the
 * caller says it does not count: an Offline AI draft of imported mail). An AI
 * failure is reported, not thrown, so the caller decides between a retry
 * (timeouts, 429, 5xx) and leaving the email for a person ("needs review").
 */
export async function draftReplyForMessage(workspaceId: string, messageId: string, options: { countsAgainstQuota?: boolean } = {}): Promise<DraftJobOutcome> {
  const counted = options.countsAgainstQuota ?? true;
  const allowance = counted ? await getAiAllowance(workspaceId, { purpose: "draft" }) : null;
  if (allowance && !allowance.allowed) return { status: "skipped", reason: allowance.message ?? "AI draft quota reached" };
  const result = await generateDraft(workspaceId, messageId);
  if (result.status === "failed") {
    return { status: "needs_review", reason: result.failure.message, retryable: ["timeout", "rate_limited", "api_error"].includes(result.failure.kind) };
  }
  if (counted) await recordUsage({ workspaceId, metric: "drafts", quantity: 1, idempotencyKey: `draft-${result.draft.id}` });
  return { status: "drafted", draft: result.draft, created: result.status === "created" };
}
