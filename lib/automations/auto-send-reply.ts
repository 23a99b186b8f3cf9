import { sendDraft } from "@/lib/drafts/send-draft";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import type { Action } from "./automation-schemas";
import type { ActionContext, ActionOutcome } from "./action-context";
import { autoSendRefusal } from "./check-auto-send";
import { ensureDraft } from "./draft-reply-action";
import { autoSentToday, isFirstTimeSender, reserveAutoSend } from "./reserve-auto-send";

/**
 * Sends the email's draft without a person, only when every guard passes
 * (check-auto-send.ts) and a slot of today's cap is reserved. Otherwise the
 * draft stays for review and the log says which guard held it back.
 */
export async function autoSendReply(ctx: ActionContext, action: Extract<Action, { type: "auto_send" }>): Promise<ActionOutcome> {
  const found = await ensureDraft(ctx);
  if ("skipped" in found) return { status: "SKIPPED", note: found.skipped };
  const { draft } = found;
  if (draft.status === "SENT" || draft.status === "DISCARDED") return { status: "SKIPPED", note: `The draft was already ${draft.status.toLowerCase()}.`, result: { draftId: draft.id } };
  const dailyCap = env.AUTOMATIONS_AUTO_SEND_DAILY_CAP;
  const refusal = autoSendRefusal({
    triage: ctx.triage,
    draftConfidence: draft.confidence,
    minConfidence: action.minConfidence,
    isFirstTimeSender: await isFirstTimeSender(ctx.workspaceId, ctx.message.id),
    allowFirstTimeSenders: action.allowFirstTimeSenders,
    sentToday: await autoSentToday(ctx.workspaceId),
    dailyCap,
  });
  if (refusal) return { status: "SKIPPED", note: refusal, result: { draftId: draft.id } };
  if (!(await reserveAutoSend(ctx.workspaceId, dailyCap))) return { status: "SKIPPED", note: `Daily auto-send cap reached (${dailyCap} today); the draft waits for review.`, result: { draftId: draft.id } };
  try {
    const sent = await sendDraft(draft.id, { workspaceId: ctx.workspaceId, userId: null, automationRuleId: ctx.rule.id });
    return { status: "DONE", note: `Reply sent automatically (confidence ${draft.confidence.toFixed(2)}).`, result: { draftId: sent.id, providerMessageId: sent.providerMessageId } };
  } catch (error) {
    // Sent or discarded meanwhile (a person was faster): nothing more to do.
    if (error instanceof AppError && error.code === "conflict") return { status: "SKIPPED", note: error.message, result: { draftId: draft.id } };
    throw error;
  }
}
