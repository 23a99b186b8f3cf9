import { prisma } from "@/lib/db/prisma";

/** Midnight UTC of the given instant: the counter's day. */
export function utcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

export async function autoSentToday(workspaceId: string, now = new Date()): Promise<number> {
  const row = await prisma.autoSendCounter.findUnique({ where: { workspaceId_day: { workspaceId, day: utcDay(now) } } });
  return row?.count ?? 0;
}

/**
 * Takes one of today's auto-send slots, atomically: concurrent runs cannot
 * both take the last one. Returns false when the cap is reached. A slot is
 * not given back if the send then fails (the cap errs on the side of fewer).
 */
export async function reserveAutoSend(workspaceId: string, dailyCap: number, now = new Date()): Promise<boolean> {
  if (dailyCap <= 0) return false;
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "AutoSendCounter" ("workspaceId", "day", "count") VALUES (${workspaceId}, ${utcDay(now)}::date, 1)
    ON CONFLICT ("workspaceId", "day") DO UPDATE SET "count" = "AutoSendCounter"."count" + 1
    WHERE "AutoSendCounter"."count" < ${dailyCap}
    RETURNING "count"`;
  return rows.length === 1;
}

/**
 * No earlier mail from this address in the workspace (and none sent to it):
 * nobody we have talked to before.
 */
export async function isFirstTimeSender(workspaceId: string, messageId: string): Promise<boolean> {
  const message = await prisma.mailMessage.findFirst({ where: { id: messageId, workspaceId }, select: { fromAddress: true, receivedAt: true } });
  const address = message?.fromAddress?.toLowerCase();
  if (!message || !address) return true;
  const earlier = await prisma.mailMessage.count({
    where: { workspaceId, id: { not: messageId }, fromAddress: { equals: address, mode: "insensitive" }, receivedAt: { lt: message.receivedAt } },
  });
  if (earlier > 0) return false;
  const repliedTo = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "MailMessage"
    WHERE "workspaceId" = ${workspaceId} AND "direction" = 'OUTBOUND' AND "to"::text ILIKE ${`%"${address.replace(/[%_\\"]/g, "")}"%`}`;
  return Number(repliedTo[0]?.n ?? 0) === 0;
}
