import type { Action } from "./automation-schemas";
import type { ActionContext, ActionOutcome } from "./action-context";
import { DRAFTS_UNAVAILABLE } from "./draft-reply-action";

/** Auto-send needs a draft (lib/drafts) to judge and send; until that exists nothing is ever sent. */
export async function autoSendReply(_ctx: ActionContext, _action: Extract<Action, { type: "auto_send" }>): Promise<ActionOutcome> {
  return { status: "SKIPPED", note: DRAFTS_UNAVAILABLE };
}
