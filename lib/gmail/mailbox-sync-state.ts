import { prisma } from "@/lib/db/prisma";
import { advanceHistoryCursor } from "./advance-history-cursor";
import { gmailEventIds } from "./gmail-schemas";

/** What a sync needs to know about a mailbox, JSON-safe for step outputs (historyId as a string). */
export interface MailboxSyncTarget {
  id: string;
  workspaceId: string;
  cursor: string | null;
  backfillDays: number;
}

/**
 * ACTIVE mailboxes with this address (one per workspace that connected it);
 * records the push time when a push (not the periodic catch-up) caused the sync.
 */
export async function mailboxesForPush(emailAddress: string, receivedAt: Date | null): Promise<MailboxSyncTarget[]> {
  const where = { emailAddress: emailAddress.toLowerCase(), status: "ACTIVE" as const, provider: "GMAIL" as const };
  if (receivedAt) await prisma.mailbox.updateMany({ where, data: { lastPushAt: receivedAt } });
  const rows = await prisma.mailbox.findMany({ where, select: { id: true, workspaceId: true, historyId: true, backfillDays: true }, orderBy: { createdAt: "asc" } });
  return rows.map((m) => ({ id: m.id, workspaceId: m.workspaceId, cursor: m.historyId === null ? null : m.historyId.toString(), backfillDays: m.backfillDays }));
}

/**
 * Whether any ACTIVE mailbox with this address is behind the pushed history
 * id. Most pushes of a burst find the cursor already past them (an earlier
 * sync read their changes), so sync-mailbox checks this before doing any step.
 */
export async function anyMailboxBehind(emailAddress: string, historyId: string): Promise<boolean> {
  const behind = await prisma.mailbox.findFirst({
    where: { emailAddress: emailAddress.toLowerCase(), status: "ACTIVE", provider: "GMAIL", OR: [{ historyId: null }, { historyId: { lt: BigInt(historyId) } }] },
    select: { id: true },
  });
  return behind !== null;
}

/** `mail/message.found` events for ingest-email, with the idempotent ids of the contract. */
export function messageFoundEvents(mailbox: Pick<MailboxSyncTarget, "id" | "workspaceId">, providerMessageIds: string[]) {
  return providerMessageIds.map((providerMessageId) => ({
    id: gmailEventIds.messageFound(mailbox.id, providerMessageId),
    name: "mail/message.found" as const,
    data: { workspaceId: mailbox.workspaceId, mailboxId: mailbox.id, providerMessageId },
  }));
}

/** After a sync: the cursor moves forwards (never back) and the sync time is recorded. */
export async function finishMailboxSync(mailboxId: string, historyId: string, fullResync: boolean): Promise<{ advanced: boolean }> {
  const advanced = await advanceHistoryCursor(mailboxId, historyId);
  const now = new Date();
  await prisma.mailbox.update({ where: { id: mailboxId }, data: { lastSyncAt: now, ...(fullResync ? { lastFullResyncAt: now } : {}) } });
  return { advanced };
}
