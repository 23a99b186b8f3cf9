import { prisma } from "@/lib/db/prisma";
import { ensureDefaultPipeline } from "./ensure-default-pipeline";

const cardSelect = { id: true, title: true, amount: true, currency: true, ownerId: true, leadScore: true, stageChangedAt: true, company: { select: { name: true } } } as const;

/**
 * The pipeline board: every stage with its most recently moved deals (up to
 * `perStage`) and the stage's total count and amount, one indexed query per stage.
 */
export async function getPipelineBoard(workspaceId: string, options: { perStage?: number } = {}) {
  const perStage = options.perStage ?? 50;
  const pipeline = await ensureDefaultPipeline(workspaceId);
  const [columns, totals] = await Promise.all([
    Promise.all(
      pipeline.stages.map((stage) =>
        prisma.deal.findMany({ where: { workspaceId, stageId: stage.id }, orderBy: [{ stageChangedAt: "desc" }, { id: "desc" }], take: perStage, select: cardSelect }),
      ),
    ),
    prisma.deal.groupBy({ by: ["stageId"], where: { workspaceId, pipelineId: pipeline.id }, _count: { _all: true }, _sum: { amount: true } }),
  ]);
  const byStage = new Map(totals.map((t) => [t.stageId, t]));
  return {
    pipeline: { id: pipeline.id, name: pipeline.name },
    stages: pipeline.stages.map((stage, i) => ({
      id: stage.id,
      name: stage.name,
      kind: stage.kind,
      count: byStage.get(stage.id)?._count._all ?? 0,
      amount: byStage.get(stage.id)?._sum.amount?.toFixed(2) ?? "0.00",
      deals: columns[i]!.map((d) => ({ ...d, amount: d.amount?.toFixed(2) ?? null, company: d.company?.name ?? null })),
    })),
  };
}
