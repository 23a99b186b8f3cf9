import { NonRetriableError } from "inngest";
import { ingestGmailMessage } from "@/lib/mail/ingest-gmail-message";
import { mailEventIds, messageFoundEventSchema } from "@/lib/mail/mail-schemas";
import { inngest } from "./client";

/**
 * One Gmail message found by sync/backfill: fetch it (format=raw), parse and
 * store it with its thread, then hand it to triage with `mail/message.stored`
 * (id `stored-<messageId>`, so however often this runs, triage sees one
 * event). Also sent when the message was already stored: a run that stored
 * the message but died before announcing it must not leave it untriaged.
 */
export const ingestEmail = inngest.createFunction(
  {
    id: "ingest-email",
    name: "Mail: ingest email",
    retries: 5,
    concurrency: { limit: 10, key: "event.data.mailboxId" },
    triggers: [{ event: "mail/message.found" }],
  },
  async ({ event, step }) => {
    const parsed = messageFoundEventSchema.safeParse(event.data);
    if (!parsed.success) throw new NonRetriableError(`Invalid mail/message.found data: ${parsed.error.message}`);
    const found = parsed.data;
    const result = await step.run("fetch and store", () => ingestGmailMessage(found));
    if (result.outcome !== "stored") return result;
    await step.sendEvent("announce stored", {
      name: "mail/message.stored",
      id: mailEventIds.messageStored(result.messageId),
      data: { workspaceId: found.workspaceId, mailboxId: found.mailboxId, messageId: result.messageId },
    });
    return result;
  },
);
