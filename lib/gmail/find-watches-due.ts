import { prisma } from "@/lib/db/prisma";

const RENEW_WITHIN_MS = 24 * 3600_000;

/** ACTIVE Gmail mailboxes with tokens whose watch ends within a day, or that have none. */
export async function findWatchesDue(now = new Date(), limit = 500): Promise<string[]> {
  const rows = await prisma.mailbox.findMany({
    where: { status: "ACTIVE", provider: "GMAIL", refreshTokenEnc: { not: null }, OR: [{ watchExpiresAt: null }, { watchExpiresAt: { lt: new Date(now.getTime() + RENEW_WITHIN_MS) } }] },
    select: { id: true },
    orderBy: { watchExpiresAt: { sort: "asc", nulls: "first" } },
    take: limit,
  });
  return rows.map((m) => m.id);
}
