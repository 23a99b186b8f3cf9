import type { Draft } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordUsage } from "@/lib/billing/record-usage";
import { prisma } from "@/lib/db/prisma";
import { gmailForMailbox } from "@/lib/gmail/gmail-client";
import { AppError } from "@/lib/http/app-error";
import { logger } from "@/lib/observability/logger";
import { buildReplyMime } from "./build-reply-mime";
import { findDraftOrThrow } from "./find-draft";
import { loadReplyTarget } from "./load-reply-target";

/** Who sends: a member from the dashboard, or an automation rule (AUTOMATIONS' auto-send) with no user. */
export interface DraftActor {
  workspaceId: string;
  userId: string | null;
  apiKeyId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  automationRuleId?: string | null;
}

/**
 * Sends the draft as a reply in its Gmail thread (threadId and
 * In-Reply-To/References): a draft saved in Gmail goes out with
 * users.drafts.send, which also removes it there; otherwise users.messages.send.
 * At most once: the draft is claimed by stamping sentAt before the call, so
 * a double click or a retried job cannot send twice; a failed send releases
 * the claim and keeps the error on the draft.
 */
export async function sendDraft(draftId: string, actor: DraftActor): Promise<Draft> {
  const draft = await findDraftOrThrow(actor.workspaceId, draftId);
  const claimed = await prisma.draft.updateMany({ where: { id: draft.id, status: { in: ["PROPOSED", "SAVED"] }, sentAt: null }, data: { sentAt: new Date() } });
  if (claimed.count === 0) throw new AppError("conflict", draft.status === "SENT" || draft.sentAt ? "This draft was already sent" : `This draft was ${draft.status.toLowerCase()}`);

  const target = await loadReplyTarget(draft.workspaceId, draft.messageId, draft.body);
  let sentId: string | null | undefined;
  try {
    const gmail = await gmailForMailbox(target.mailbox);
    const message = { raw: buildReplyMime(target.mime), threadId: target.providerThreadId };
    if (draft.providerDraftId) {
      // drafts.send with the current body: Gmail sends it and removes the saved draft in one call.
      try {
        sentId = (await gmail.users.drafts.send({ userId: "me", requestBody: { id: draft.providerDraftId, message } })).data.id;
      } catch (err) {
        // The user deleted the draft in Gmail meanwhile: send the reply as a new message instead.
        if ((err as { status?: number }).status !== 404) throw err;
        logger.warn({ draftId }, "the Gmail draft is gone; sending as a new message");
      }
    }
    sentId ??= (await gmail.users.messages.send({ userId: "me", requestBody: message })).data.id;
  } catch (err) {
    await prisma.draft.update({ where: { id: draft.id }, data: { sentAt: null, error: `Sending failed: ${(err as Error).message}`.slice(0, 500) } });
    throw err;
  }
  const sent = await prisma.draft.update({ where: { id: draft.id }, data: { status: "SENT", providerMessageId: sentId ?? null, sentById: actor.userId, error: null } });
  // The reply is out: counting it must not turn the send into a failure.
  await recordUsage({ workspaceId: actor.workspaceId, metric: "replies_sent", quantity: 1, idempotencyKey: `replies_sent-${draft.id}` }).catch((err: unknown) => logger.warn({ err, draftId }, "could not count the sent reply"));
  await recordAudit({
    workspaceId: actor.workspaceId,
    actor: { userId: actor.userId, apiKeyId: actor.apiKeyId ?? null, ip: actor.ip ?? null, userAgent: actor.userAgent ?? null },
    action: "draft.sent",
    target: { type: "draft", id: draft.id },
    after: { messageId: draft.messageId, to: target.mime.to, automationRuleId: actor.automationRuleId ?? null },
  });
  return sent;
}
