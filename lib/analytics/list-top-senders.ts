import { prisma } from "@/lib/db/prisma";
import type { AnalyticsPeriod } from "./analytics-schemas";

export interface TopSender {
  address: string;
  name: string | null;
  count: number;
}

/** The addresses that sent the most inbound mail in the period. */
export async function listTopSenders(workspaceId: string, period: AnalyticsPeriod, limit = 8): Promise<TopSender[]> {
  const rows = await prisma.$queryRaw<{ address: string; name: string | null; n: bigint }[]>`
    SELECT lower(m."fromAddress") AS address, max(m."fromName") AS name, count(*) AS n
    FROM "MailMessage" m
    WHERE m."workspaceId" = ${workspaceId} AND m."receivedAt" >= ${period.since}
      AND m."direction" = 'INBOUND' AND m."fromAddress" IS NOT NULL
    GROUP BY 1 ORDER BY 3 DESC, 1 ASC LIMIT ${limit}`;
  return rows.map((r) => ({ address: r.address, name: r.name, count: Number(r.n) }));
}
