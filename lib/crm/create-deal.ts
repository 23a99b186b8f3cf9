import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import type { CrmActor } from "./crm-actor";
import { dealCreateSchema, type DealCreate, type RecordType } from "./crm-schemas";
import { assertInWorkspace, assertMember } from "./assert-in-workspace";
import { dealPayload, dealSelect, toDealView, type DealView } from "./deal-view";
import { ensureDefaultPipeline } from "./ensure-default-pipeline";
import { recordActivity } from "./record-activity";
import { searchTextOf } from "./search-text";
import { logCrmEvent } from "./webhooks/log-crm-event";
import { dispatchWebhooks } from "./webhooks/webhook-dispatcher";

export interface DealExtras {
  leadFields?: Prisma.InputJsonValue;
  sourceMessageId?: string;
}

/**
 * Creates a deal (first stage of the default pipeline unless a stage is given)
 * inside the caller's transaction, with its first stage-history row, a
 * timeline entry on the deal, its company and contacts, and deal.created.
 * Returns the deliveries to dispatch after commit.
 */
export async function createDealInTx(actor: CrmActor, raw: DealCreate, extras: DealExtras, tx: Prisma.TransactionClient): Promise<{ deal: DealView; deliveries: string[] }> {
  const input = dealCreateSchema.parse(raw);
  const { workspaceId } = actor;
  const pipeline = await ensureDefaultPipeline(workspaceId, tx);
  const stage = input.stageId ? await tx.pipelineStage.findFirst({ where: { id: input.stageId, workspaceId } }) : pipeline.stages[0]!;
  if (!stage) throw new AppError("not_found", "Pipeline stage not found.");
  if (input.companyId) await assertInWorkspace(workspaceId, "company", input.companyId, tx);
  const contactIds = [...new Set(input.contactIds ?? [])];
  for (const id of contactIds) await assertInWorkspace(workspaceId, "contact", id, tx);
  await assertMember(workspaceId, input.ownerId, tx);
  const created = await tx.deal.create({
    data: {
      workspaceId,
      title: input.title,
      companyId: input.companyId ?? null,
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      amount: input.amount ?? null,
      currency: input.currency ?? "USD",
      probability: input.probability ?? stage.probability,
      expectedCloseDate: input.expectedCloseDate ?? null,
      ownerId: input.ownerId ?? actor.userId,
      lostReason: input.lostReason ?? null,
      leadScore: input.leadScore ?? null,
      leadFields: extras.leadFields,
      sourceMessageId: extras.sourceMessageId ?? null,
      searchText: searchTextOf(input.title),
      createdById: actor.userId,
      contacts: { create: contactIds.map((contactId) => ({ workspaceId, contactId })) },
      stageHistory: { create: { workspaceId, toStageId: stage.id, actorType: actor.type, actorUserId: actor.userId } },
    },
    select: dealSelect,
  });
  const deal = toDealView(created);
  const links: { recordType: RecordType; recordId: string }[] = [{ recordType: "deal", recordId: deal.id }, ...contactIds.map((id) => ({ recordType: "contact" as const, recordId: id }))];
  if (deal.companyId) links.push({ recordType: "company", recordId: deal.companyId });
  await recordActivity(actor, { type: "created", title: `Deal ${deal.title} created in ${stage.name}`, links }, tx);
  const deliveries = await logCrmEvent(workspaceId, "deal.created", dealPayload(deal), { dedupeKey: `deal.created:${deal.id}` }, tx);
  return { deal, deliveries };
}

export async function createDeal(actor: CrmActor, raw: DealCreate): Promise<DealView> {
  const { deal, deliveries } = await prisma.$transaction((tx) => createDealInTx(actor, raw, {}, tx));
  await dispatchWebhooks(actor.workspaceId, deliveries);
  return deal;
}
