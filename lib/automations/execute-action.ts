import type { Action } from "./automation-schemas";
import type { ActionContext, ActionOutcome } from "./action-context";
import { autoSendReply } from "./auto-send-reply";
import { createLeadFromEmail } from "./create-lead-action";
import { draftReplyForEmail } from "./draft-reply-action";
import { forwardMessage } from "./forward-message";
import { notifyWebhook } from "./notify-webhook";
import { applyLabel, archiveMessage, markMessageRead } from "./run-label-actions";

/** Runs one validated action on the email. Throws on failure (the caller logs and decides on retry). */
export async function executeAction(action: Action, ctx: ActionContext): Promise<ActionOutcome> {
  switch (action.type) {
    case "label":
      return applyLabel(ctx, action.label);
    case "archive":
      return archiveMessage(ctx);
    case "mark_read":
      return markMessageRead(ctx);
    case "forward":
      return forwardMessage(ctx, action.to, action.note);
    case "webhook":
      return notifyWebhook(ctx, action.url);
    case "create_lead":
      return createLeadFromEmail(ctx);
    case "draft_reply":
      return draftReplyForEmail(ctx);
    case "auto_send":
      return autoSendReply(ctx, action);
  }
}
