import type { Draft } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { gmailForMailbox } from "@/lib/gmail/gmail-client";
import { AppError } from "@/lib/http/app-error";
import { buildReplyMime } from "./build-reply-mime";
import { loadReplyTarget } from "./load-reply-target";

/**
 * Files the draft in the mailbox as a Gmail draft in the email's thread
 * (users.drafts.create with threadId, In-Reply-To and References), so it
 * also shows in Gmail itself. An already saved draft is replaced with
 * drafts.update; if the user deleted it in Gmail meanwhile, a new one is created.
 */
export async function saveDraftToGmail(draft: Draft): Promise<Draft> {
  if (draft.status === "SENT" || draft.status === "DISCARDED") throw new AppError("conflict", `This draft was already ${draft.status.toLowerCase()}`);
  const target = await loadReplyTarget(draft.workspaceId, draft.messageId, draft.body);
  const gmail = await gmailForMailbox(target.mailbox);
  const requestBody = { message: { raw: buildReplyMime(target.mime), threadId: target.providerThreadId } };
  let providerDraftId: string | null | undefined;
  if (draft.providerDraftId) {
    try {
      providerDraftId = (await gmail.users.drafts.update({ userId: "me", id: draft.providerDraftId, requestBody: { id: draft.providerDraftId, ...requestBody } })).data.id;
    } catch (err) {
      if ((err as { status?: number }).status !== 404) throw err;
    }
  }
  providerDraftId ??= (await gmail.users.drafts.create({ userId: "me", requestBody })).data.id;
  return prisma.draft.update({ where: { id: draft.id }, data: { providerDraftId: providerDraftId ?? null, status: "SAVED", error: null } });
}
