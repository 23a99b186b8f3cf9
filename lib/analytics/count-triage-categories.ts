import { prisma } from "@/lib/db/prisma";
import type { AnalyticsPeriod } from "./analytics-schemas";

/** Triage verdicts in the period per category, largest first. */
export async function countTriageCategories(workspaceId: string, period: AnalyticsPeriod): Promise<{ category: string; count: number }[]> {
  const rows = await prisma.$queryRaw<{ category: string; n: bigint }[]>`
    SELECT "category", count(*) AS n
    FROM "MailTriage"
    WHERE "workspaceId" = ${workspaceId} AND "createdAt" >= ${period.since}
    GROUP BY 1 ORDER BY 2 DESC, 1 ASC`;
  return rows.map((r) => ({ category: r.category, count: Number(r.n) }));
}
