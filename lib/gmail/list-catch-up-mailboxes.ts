import { prisma } from "@/lib/db/prisma";

export interface CatchUpMailbox {
  id: string;
  emailAddress: string;
  /** The stored history cursor, as a string (JSON-safe for step outputs). */
  cursor: string;
}

/**
 * The mailboxes the periodic catch-up looks at: ACTIVE Gmail mailboxes that
 * still hold a grant and whose first watch has set a cursor (before that,
 * start-mailbox's backfill covers them). Disconnected and failed ones cost nothing.
 */
export async function listCatchUpMailboxes(): Promise<CatchUpMailbox[]> {
  const rows = await prisma.mailbox.findMany({
    where: { status: "ACTIVE", provider: "GMAIL", historyId: { not: null }, refreshTokenEnc: { not: null } },
    select: { id: true, emailAddress: true, historyId: true },
    orderBy: { id: "asc" },
  });
  return rows.map((m) => ({ id: m.id, emailAddress: m.emailAddress, cursor: m.historyId!.toString() }));
}
