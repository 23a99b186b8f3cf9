import { gmailForMailbox } from "@/lib/gmail/gmail-client";
import type { ActionContext, ActionOutcome, LabelChange } from "./action-context";
import { ensureGmailLabel } from "./ensure-gmail-label";
import { modifyMessageLabels } from "./modify-message-labels";

async function apply(ctx: ActionContext, change: LabelChange, what: string): Promise<ActionOutcome> {
  const current = new Set(ctx.message.labelIds);
  // Only what actually changes is undone later (archiving mail already out of the inbox undoes nothing).
  const effective: LabelChange = {
    addLabelIds: change.addLabelIds.filter((l) => !current.has(l)),
    removeLabelIds: change.removeLabelIds.filter((l) => current.has(l)),
  };
  if (effective.addLabelIds.length === 0 && effective.removeLabelIds.length === 0) return { status: "DONE", note: `Already ${what}.`, undoable: false };
  const labelIds = await modifyMessageLabels(ctx.mailbox, ctx.message, effective);
  ctx.message.labelIds = labelIds;
  return { status: "DONE", note: `Message ${what}.`, undoable: true, undoData: { ...effective } };
}

export async function applyLabel(ctx: ActionContext, label: string): Promise<ActionOutcome> {
  const labelId = await ensureGmailLabel(await gmailForMailbox(ctx.mailbox), label);
  const outcome = await apply(ctx, { addLabelIds: [labelId], removeLabelIds: [] }, `labelled "${label}"`);
  return { ...outcome, result: { labelId, label } };
}

export const archiveMessage = (ctx: ActionContext) => apply(ctx, { addLabelIds: [], removeLabelIds: ["INBOX"] }, "archived");
export const markMessageRead = (ctx: ActionContext) => apply(ctx, { addLabelIds: [], removeLabelIds: ["UNREAD"] }, "marked read");
