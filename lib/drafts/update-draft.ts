import type { Draft } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { findDraftOrThrow } from "./find-draft";
import { saveDraftToGmail } from "./save-draft-to-gmail";
import type { DraftActor } from "./send-draft";

function assertOpen(draft: Draft): void {
  if (draft.status === "SENT" || draft.sentAt) throw new AppError("conflict", "This draft was already sent");
  if (draft.status === "DISCARDED") throw new AppError("conflict", "This draft was discarded");
}

/** Saves an edited body; a draft already filed in Gmail is updated there too. */
export async function editDraft(actor: DraftActor, draftId: string, body: string): Promise<Draft> {
  const draft = await findDraftOrThrow(actor.workspaceId, draftId);
  assertOpen(draft);
  const updated = await prisma.draft.update({ where: { id: draft.id }, data: { body } });
  return updated.status === "SAVED" ? saveDraftToGmail(updated) : updated;
}

/** Approve: file the (possibly edited) draft in Gmail, where it can be sent from any client. */
export async function approveDraft(actor: DraftActor, draftId: string): Promise<Draft> {
  const draft = await findDraftOrThrow(actor.workspaceId, draftId);
  assertOpen(draft);
  return saveDraftToGmail(draft);
}

/** Discard: the draft is kept for the record but never sent. The Gmail copy, if any, is left to the user. */
export async function discardDraft(actor: DraftActor, draftId: string): Promise<Draft> {
  const draft = await findDraftOrThrow(actor.workspaceId, draftId);
  assertOpen(draft);
  const discarded = await prisma.draft.update({ where: { id: draft.id }, data: { status: "DISCARDED" } });
  await recordAudit({ workspaceId: actor.workspaceId, actor: { userId: actor.userId, apiKeyId: actor.apiKeyId ?? null }, action: "draft.discarded", target: { type: "draft", id: draft.id } });
  return discarded;
}
