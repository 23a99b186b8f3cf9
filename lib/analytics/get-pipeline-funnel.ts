import { prisma } from "@/lib/db/prisma";
import type { AnalyticsPeriod } from "./analytics-schemas";
import { computeFunnel, type FunnelStage } from "./compute-funnel";

export interface PipelineFunnel {
  pipelineName: string | null;
  stages: FunnelStage[];
  /** Deals in the funnel (with a stage move in the period). */
  deals: number;
  /** Of those, deals that moved to a LOST stage in the period. */
  lost: number;
}

/**
 * The default pipeline's funnel from DealStageHistory: every deal with a stage
 * move in the period, at the furthest open/won stage it reached in the period
 * (its creation is a move too). Lost stages sit outside the funnel and are counted apart.
 */
export async function getPipelineFunnel(workspaceId: string, period: AnalyticsPeriod): Promise<PipelineFunnel> {
  const pipeline = await prisma.pipeline.findFirst({
    where: { workspaceId, key: "default" },
    select: { id: true, name: true, stages: { orderBy: { position: "asc" }, select: { id: true, name: true, position: true, kind: true } } },
  });
  if (!pipeline) return { pipelineName: null, stages: [], deals: 0, lost: 0 };
  const rows = await prisma.$queryRaw<{ furthest: number | null; lost: boolean }[]>`
    SELECT max(s."position") FILTER (WHERE s."kind" <> 'LOST') AS furthest, bool_or(s."kind" = 'LOST') AS lost
    FROM "DealStageHistory" h
    JOIN "PipelineStage" s ON s."id" = h."toStageId"
    WHERE h."workspaceId" = ${workspaceId} AND s."workspaceId" = ${workspaceId} AND s."pipelineId" = ${pipeline.id}
      AND h."changedAt" >= ${period.since}
    GROUP BY h."dealId"`;
  const funnelStages = pipeline.stages.filter((s) => s.kind !== "LOST");
  const furthest = rows.flatMap((r) => (r.furthest === null ? [] : [Number(r.furthest)]));
  return {
    pipelineName: pipeline.name,
    stages: computeFunnel(funnelStages, furthest),
    deals: rows.length,
    lost: rows.filter((r) => r.lost).length,
  };
}
