import type { ActionContext, ActionOutcome } from "./action-context";

export const DRAFTS_UNAVAILABLE = "Reply drafting is not available in this build yet (lib/drafts is not present); the action is skipped.";

/** Draft a reply grounded in the knowledge base (lib/drafts). Until that module exists the action is logged as skipped. */
export async function draftReplyForEmail(_ctx: ActionContext): Promise<ActionOutcome> {
  return { status: "SKIPPED", note: DRAFTS_UNAVAILABLE };
}
