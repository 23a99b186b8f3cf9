import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import type { CrmActor } from "./crm-actor";
import { dealUpdateSchema, type DealUpdate } from "./crm-schemas";
import { assertInWorkspace, assertMember } from "./assert-in-workspace";
import { dealSelect, toDealView, type DealView } from "./deal-view";
import { moveDealStageInTx } from "./move-deal-stage";
import { searchTextOf } from "./search-text";
import { dispatchWebhooks } from "./webhooks/webhook-dispatcher";

/** Updates a deal's fields; a new stageId goes through the stage move (history, timeline, event). */
export async function updateDeal(actor: CrmActor, dealId: string, raw: DealUpdate): Promise<DealView> {
  const input = dealUpdateSchema.parse(raw);
  const { workspaceId } = actor;
  const { deal, deliveries } = await prisma.$transaction(async (tx) => {
    const before = await tx.deal.findFirst({ where: { id: dealId, workspaceId }, select: { id: true, title: true } });
    if (!before) throw new AppError("not_found", "Deal not found.");
    if (input.companyId) await assertInWorkspace(workspaceId, "company", input.companyId, tx);
    for (const id of input.contactIds ?? []) await assertInWorkspace(workspaceId, "contact", id, tx);
    await assertMember(workspaceId, input.ownerId, tx);
    const { stageId, contactIds, ...fields } = input;
    let deliveries: string[] = [];
    if (stageId) deliveries = (await moveDealStageInTx(actor, dealId, stageId, input.lostReason, tx)).deliveries;
    if (contactIds) {
      await tx.dealContact.deleteMany({ where: { dealId, contactId: { notIn: contactIds } } });
      await tx.dealContact.createMany({ data: contactIds.map((contactId) => ({ workspaceId, dealId, contactId })), skipDuplicates: true });
    }
    const updated = await tx.deal.update({ where: { id: dealId }, data: { ...fields, searchText: searchTextOf(input.title ?? before.title) }, select: dealSelect });
    return { deal: toDealView(updated), deliveries };
  });
  await dispatchWebhooks(workspaceId, deliveries);
  return deal;
}
