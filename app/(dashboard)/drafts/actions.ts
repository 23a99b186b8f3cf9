"use server";

import { z } from "@/lib/validation/zod";
import { workspaceAction } from "@/lib/auth/with-workspace";
import { draftIdSchema, editDraftSchema, messageIdSchema } from "@/lib/drafts/draft-schemas";
import { draftOnRequest } from "@/lib/drafts/draft-on-request";
import { sendDraft } from "@/lib/drafts/send-draft";
import { approveDraft, discardDraft, editDraft } from "@/lib/drafts/update-draft";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

const workspaceIdField = { workspaceId: z.string().min(1).max(64).optional() };

/** Writes a new version of the reply (or the first one when the job has not); counts against the draft quota. */
export const regenerateDraftAction = workspaceAction("mail.write", messageIdSchema.extend(workspaceIdField), async ({ messageId }, ctx) => {
  const draft = await draftOnRequest(ctx.workspace.id, messageId);
  return { id: draft.id };
});

export const editDraftAction = workspaceAction("mail.write", editDraftSchema.extend(workspaceIdField), async ({ draftId, body }, ctx) => {
  const draft = await editDraft(await workspaceActorOf(ctx, ctx.origin), draftId, body);
  return { id: draft.id, status: draft.status };
});

export const approveDraftAction = workspaceAction("mail.write", draftIdSchema.extend(workspaceIdField), async ({ draftId }, ctx) => {
  const draft = await approveDraft(await workspaceActorOf(ctx, ctx.origin), draftId);
  return { id: draft.id, status: draft.status };
});

export const sendDraftAction = workspaceAction("mail.write", draftIdSchema.extend(workspaceIdField), async ({ draftId }, ctx) => {
  const draft = await sendDraft(draftId, await workspaceActorOf(ctx, ctx.origin));
  return { id: draft.id, status: draft.status };
});

export const discardDraftAction = workspaceAction("mail.write", draftIdSchema.extend(workspaceIdField), async ({ draftId }, ctx) => {
  const draft = await discardDraft(await workspaceActorOf(ctx, ctx.origin), draftId);
  return { id: draft.id, status: draft.status };
});
