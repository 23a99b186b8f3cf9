import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import type { CrmActor } from "./crm-actor";
import { dealPayload, dealSelect, toDealView, type DealView } from "./deal-view";
import { recordActivity } from "./record-activity";
import { logCrmEvent } from "./webhooks/log-crm-event";
import { dispatchWebhooks } from "./webhooks/webhook-dispatcher";

/**
 * Moves a deal to another stage of its pipeline inside the caller's
 * transaction: stage history row, timeline entry, deal.stage_changed. Moving
 * to the stage it is already in changes nothing.
 */
export async function moveDealStageInTx(actor: CrmActor, dealId: string, stageId: string, lostReason: string | null | undefined, tx: Prisma.TransactionClient): Promise<{ deal: DealView; deliveries: string[] }> {
  const { workspaceId } = actor;
  const deal = await tx.deal.findFirst({ where: { id: dealId, workspaceId }, select: { id: true, stageId: true, pipelineId: true, companyId: true, stage: { select: { name: true } }, contacts: { select: { contactId: true } } } });
  if (!deal) throw new AppError("not_found", "Deal not found.");
  const stage = await tx.pipelineStage.findFirst({ where: { id: stageId, workspaceId } });
  if (!stage) throw new AppError("not_found", "Pipeline stage not found.");
  if (stage.pipelineId !== deal.pipelineId) throw new AppError("validation_failed", "That stage belongs to another pipeline.", [{ path: "stageId", message: "Not a stage of this deal's pipeline." }]);
  if (deal.stageId === stageId) return { deal: toDealView(await tx.deal.findUniqueOrThrow({ where: { id: dealId }, select: dealSelect })), deliveries: [] };
  const now = new Date();
  const updated = await tx.deal.update({
    where: { id: dealId },
    data: {
      stageId,
      stageChangedAt: now,
      probability: stage.probability,
      ...(stage.kind === "LOST" ? { lostReason: lostReason ?? null } : { lostReason: null }),
      stageHistory: { create: { workspaceId, fromStageId: deal.stageId, toStageId: stageId, actorType: actor.type, actorUserId: actor.userId, changedAt: now } },
    },
    select: dealSelect,
  });
  const links = [{ recordType: "deal" as const, recordId: dealId }, ...deal.contacts.map((c) => ({ recordType: "contact" as const, recordId: c.contactId }))];
  await recordActivity(actor, { type: "stage_change", title: `Moved from ${deal.stage.name} to ${stage.name}`, data: { fromStageId: deal.stageId, toStageId: stageId }, occurredAt: now, links }, tx);
  const view = toDealView(updated);
  const deliveries = await logCrmEvent(workspaceId, "deal.stage_changed", { ...dealPayload(view), fromStageId: deal.stageId, fromStage: deal.stage.name }, {}, tx);
  return { deal: view, deliveries };
}

export async function moveDealStage(actor: CrmActor, dealId: string, stageId: string, lostReason?: string | null): Promise<DealView> {
  const { deal, deliveries } = await prisma.$transaction((tx) => moveDealStageInTx(actor, dealId, stageId, lostReason, tx));
  await dispatchWebhooks(actor.workspaceId, deliveries);
  return deal;
}
