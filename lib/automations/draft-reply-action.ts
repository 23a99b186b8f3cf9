import type { Draft } from "@/generated/prisma/client";
import { draftReplyForMessage } from "@/lib/drafts/draft-reply-for-message";
import { saveDraftToGmail } from "@/lib/drafts/save-draft-to-gmail";
import type { ActionContext, ActionOutcome } from "./action-context";

/** Thrown for a transient drafting failure so the job retries it. */
class DraftingError extends Error {
  constructor(
    message: string,
    public readonly retryable: boolean,
  ) {
    super(message);
  }
}

/**
 * The email's reply draft (AI-KNOWLEDGE's drafting: quota, grounding,
 * one draft per message), or the reason there is none. Shared by the
 * draft and auto-send actions.
 */
export async function ensureDraft(ctx: ActionContext): Promise<{ draft: Draft } | { skipped: string }> {
  const outcome = await draftReplyForMessage(ctx.workspaceId, ctx.message.id);
  if (outcome.status === "skipped") return { skipped: `No draft: ${outcome.reason}.` };
  if (outcome.status === "needs_review") throw new DraftingError(`Drafting failed: ${outcome.reason}`, outcome.retryable);
  return { draft: outcome.draft };
}

/** Draft a reply and file it as a Gmail draft in the thread. */
export async function draftReplyForEmail(ctx: ActionContext): Promise<ActionOutcome> {
  const found = await ensureDraft(ctx);
  if ("skipped" in found) return { status: "SKIPPED", note: found.skipped };
  const draft = found.draft.status === "PROPOSED" ? await saveDraftToGmail(found.draft) : found.draft;
  return { status: "DONE", note: `Reply drafted (confidence ${draft.confidence.toFixed(2)}), ${draft.status === "SAVED" ? "saved in the Gmail thread" : draft.status.toLowerCase()}.`, result: { draftId: draft.id } };
}
