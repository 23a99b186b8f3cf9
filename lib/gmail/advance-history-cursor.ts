import { prisma } from "@/lib/db/prisma";

/**
 * Moves a mailbox's history cursor forwards, never back: one conditional
 * UPDATE ... WHERE historyId IS NULL OR historyId < new. Syncs that finish out
 * of order (a retried one after a newer one) therefore cannot rewind it and
 * make the next sync re-read or, worse, skip changes. Returns whether it moved.
 */
export async function advanceHistoryCursor(mailboxId: string, historyId: string | bigint): Promise<boolean> {
  const next = BigInt(historyId);
  const moved = await prisma.mailbox.updateMany({
    where: { id: mailboxId, OR: [{ historyId: null }, { historyId: { lt: next } }] },
    data: { historyId: next },
  });
  return moved.count > 0;
}
