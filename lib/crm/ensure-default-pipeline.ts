import type { Prisma } from "@/generated/prisma/client";
import type { PipelineStageKind } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db/prisma";

export const DEFAULT_STAGES: { name: string; kind: PipelineStageKind; probability: number }[] = [
  { name: "New", kind: "OPEN", probability: 10 },
  { name: "Qualified", kind: "OPEN", probability: 25 },
  { name: "Meeting", kind: "OPEN", probability: 40 },
  { name: "Proposal", kind: "OPEN", probability: 60 },
  { name: "Won", kind: "WON", probability: 100 },
  { name: "Lost", kind: "LOST", probability: 0 },
];

type Tx = Pick<Prisma.TransactionClient, "pipeline" | "pipelineStage">;

const pipelineInclude = { stages: { orderBy: { position: "asc" } } } satisfies Prisma.PipelineInclude;
export type PipelineWithStages = Prisma.PipelineGetPayload<{ include: typeof pipelineInclude }>;

/**
 * The workspace's default pipeline, created with the default stages on first
 * use. Unique keys make concurrent first calls converge on one pipeline.
 */
export async function ensureDefaultPipeline(workspaceId: string, db: Tx = prisma): Promise<PipelineWithStages> {
  const found = await db.pipeline.findUnique({ where: { workspaceId_key: { workspaceId, key: "default" } }, include: pipelineInclude });
  if (found && found.stages.length > 0) return found;
  const pipeline = await db.pipeline.upsert({
    where: { workspaceId_key: { workspaceId, key: "default" } },
    create: { workspaceId, key: "default", name: "Sales" },
    update: {},
  });
  await db.pipelineStage.createMany({
    data: DEFAULT_STAGES.map((s, position) => ({ workspaceId, pipelineId: pipeline.id, position, ...s })),
    skipDuplicates: true,
  });
  return db.pipeline.findUniqueOrThrow({ where: { id: pipeline.id }, include: pipelineInclude });
}
