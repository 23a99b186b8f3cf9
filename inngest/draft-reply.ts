import { draftReplyForMessage } from "@/lib/drafts/draft-reply-for-message";
import { findDraftOrThrow } from "@/lib/drafts/find-draft";
import { saveDraftToGmail } from "@/lib/drafts/save-draft-to-gmail";
import { shouldDraftReply } from "@/lib/drafts/should-draft-reply";
import { GmailApiError, MailboxGrantRevokedError } from "@/lib/gmail/gmail-errors";
import { prisma } from "@/lib/db/prisma";
import { inngest } from "./client";

type TriagedEvent = { workspaceId: string; messageId: string; route: string };

/**
 * After triage: attention mail that needs a reply gets one grounded draft,
 * filed as a Gmail draft in its thread. Spam, phishing and automated mail
 * never get one. One draft per message however often the event arrives
 * (the draft's messageId+version key), and runs per message are serialised.
 */
export const draftReply = inngest.createFunction(
  {
    id: "draft-reply",
    name: "Drafts: draft a reply",
    retries: 4,
    concurrency: { limit: 1, key: "event.data.messageId" },
    triggers: [{ event: "mail/message.triaged" }],
  },
  async ({ event, step }) => {
    const { workspaceId, messageId, route } = event.data as TriagedEvent;
    const decision = await step.run("decide", () => shouldDraftReply(workspaceId, messageId, route));
    if (!decision.draft) return { skipped: decision.reason };

    const drafted = await step.run("generate", async () => {
      const outcome = await draftReplyForMessage(workspaceId, messageId, { countsAgainstQuota: decision.countsAgainstQuota });
      // Transient AI failures retry with backoff; the last one leaves the email for a person.
      if (outcome.status === "needs_review" && outcome.retryable) throw new Error(`Drafting failed: ${outcome.reason}`);
      return outcome.status === "drafted" ? { status: outcome.status, draftId: outcome.draft.id } : outcome;
    });
    if (drafted.status !== "drafted") return drafted;

    return step.run("save-to-gmail", async () => {
      const draft = await findDraftOrThrow(workspaceId, drafted.draftId);
      if (draft.status !== "PROPOSED") return { draftId: draft.id, status: draft.status };
      try {
        const saved = await saveDraftToGmail(draft);
        return { draftId: saved.id, status: saved.status, providerDraftId: saved.providerDraftId };
      } catch (err) {
        if ((err instanceof GmailApiError && err.retryable) || !(err instanceof GmailApiError || err instanceof MailboxGrantRevokedError)) throw err;
        // A permanent Gmail refusal: the draft stays in Fikiri (PROPOSED) with the reason shown.
        await prisma.draft.update({ where: { id: draft.id }, data: { error: `Could not save to Gmail: ${err.message}`.slice(0, 500) } });
        return { draftId: draft.id, status: draft.status, error: err.message };
      }
    });
  },
);
