import { GmailApiError } from "@/lib/gmail/gmail-errors";
import { runGmailStep } from "@/lib/gmail/run-gmail-step";
import { prisma } from "@/lib/db/prisma";
import type { MessageFoundEvent } from "./mail-schemas";
import { storeMessage, type StoredMessage } from "./store-message";

export type IngestOutcome =
  | ({ outcome: "stored" } & StoredMessage)
  | { outcome: "gone" | "disconnected" | "unknown-mailbox" };

/** Already stored? Then Gmail need not be asked again (redeliveries, full resyncs). */
async function alreadyStored(found: MessageFoundEvent): Promise<IngestOutcome | null> {
  const row = await prisma.mailMessage.findFirst({
    where: { workspaceId: found.workspaceId, mailboxId: found.mailboxId, providerMessageId: found.providerMessageId },
    select: { id: true, threadId: true, parseStatus: true },
  });
  return row ? { outcome: "stored", messageId: row.id, threadId: row.threadId, created: false, parseStatus: row.parseStatus } : null;
}

/**
 * Fetches one Gmail message (format=raw) and stores it. Fetch and store are
 * one unit on purpose: the raw bytes (up to Gmail's 25+ MB) never pass
 * through a job step's memoised output, and storing is idempotent, so a
 * retry after a failure in between just fetches again. A message Gmail no
 * longer has (404: deleted between the notification and now) is skipped;
 * a mailbox that is disconnected or belongs to another workspace ends the
 * work quietly. Parse failures are stored flagged by storeMessage.
 */
export async function ingestGmailMessage(found: MessageFoundEvent): Promise<IngestOutcome> {
  const known = await alreadyStored(found);
  if (known) return known;
  const owner = await prisma.mailbox.findFirst({ where: { id: found.mailboxId, workspaceId: found.workspaceId }, select: { id: true } });
  if (!owner) return { outcome: "unknown-mailbox" };
  const result = await runGmailStep(found.mailboxId, async (gmail, mailbox): Promise<IngestOutcome> => {
    let data;
    try {
      ({ data } = await gmail.users.messages.get({ userId: "me", id: found.providerMessageId, format: "raw" }));
    } catch (error) {
      if (error instanceof GmailApiError && error.status === 404) return { outcome: "gone" };
      throw error;
    }
    const raw = Buffer.from(data.raw ?? "", "base64url");
    const meta = { id: data.id ?? found.providerMessageId, threadId: data.threadId ?? data.id ?? found.providerMessageId, labelIds: data.labelIds, internalDate: data.internalDate, sizeEstimate: data.sizeEstimate };
    return { outcome: "stored", ...(await storeMessage(mailbox, meta, raw)) };
  });
  return result.ok ? result.value : { outcome: "disconnected" };
}
