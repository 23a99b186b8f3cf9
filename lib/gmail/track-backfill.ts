import { prisma } from "@/lib/db/prisma";

/**
 * Backfill progress on the Mailbox row, for the progress bar: backfillTotal is
 * the number of messages messages.list found in the window, backfillDone the
 * number of those days' messages actually stored (MailMessage rows received
 * since the cutoff, capped at the total), so the bar reaches 100% only when
 * ingest has stored them, not when they were merely queued.
 */
export async function startBackfill(mailboxId: string, days: number): Promise<{ cutoff: string }> {
  const cutoff = new Date(Date.now() - days * 86_400_000);
  await prisma.mailbox.update({
    where: { id: mailboxId },
    data: { backfillStatus: days > 0 ? "RUNNING" : "DONE", backfillDays: days, backfillTotal: 0, backfillDone: 0, backfillStartedAt: new Date(), backfillFinishedAt: days > 0 ? null : new Date() },
  });
  return { cutoff: cutoff.toISOString() };
}

export async function recordBackfillListed(mailboxId: string, total: number): Promise<void> {
  await prisma.mailbox.update({ where: { id: mailboxId }, data: { backfillTotal: total } });
}

/** Counts what is stored so far; marks the backfill DONE once everything listed is stored. */
export async function measureBackfillProgress(mailboxId: string, cutoff: string, total: number): Promise<{ done: number; complete: boolean }> {
  const stored = await prisma.mailMessage.count({ where: { mailboxId, receivedAt: { gte: new Date(cutoff) } } });
  const done = Math.min(stored, total);
  const complete = done >= total;
  await prisma.mailbox.update({ where: { id: mailboxId }, data: { backfillDone: done, ...(complete ? { backfillStatus: "DONE", backfillFinishedAt: new Date() } : {}) } });
  return { done, complete };
}

export async function failBackfill(mailboxId: string): Promise<void> {
  await prisma.mailbox.update({ where: { id: mailboxId }, data: { backfillStatus: "FAILED", backfillFinishedAt: new Date() } });
}
