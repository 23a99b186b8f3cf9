import { prisma } from "@/lib/db/prisma";
import type { AnalyticsPeriod } from "./analytics-schemas";

export interface AiCost {
  totalUsd: number;
  calls: number;
  /** Per task (triage, summary, draft, embedding), most expensive first. */
  byTask: { task: string; usd: number; calls: number }[];
}

/** Estimated AI spend in the period from AiUsage, via its (workspaceId, createdAt) index. */
export async function sumAiCost(workspaceId: string, period: AnalyticsPeriod): Promise<AiCost> {
  const rows = await prisma.$queryRaw<{ task: string; usd: number | null; n: bigint }[]>`
    SELECT "task", sum("estimatedUsd")::float8 AS usd, count(*) AS n
    FROM "AiUsage"
    WHERE "workspaceId" = ${workspaceId} AND "createdAt" >= ${period.since}
    GROUP BY 1 ORDER BY 2 DESC`;
  const byTask = rows.map((r) => ({ task: r.task, usd: r.usd ?? 0, calls: Number(r.n) }));
  return { totalUsd: byTask.reduce((s, r) => s + r.usd, 0), calls: byTask.reduce((s, r) => s + r.calls, 0), byTask };
}
