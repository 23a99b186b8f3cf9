import type { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import type { CrmActor } from "./crm-actor";
import { bulkEditSchema } from "./crm-schemas";
import { assertMember } from "./assert-in-workspace";
import { moveDealStageInTx } from "./move-deal-stage";
import { dispatchWebhooks } from "./webhooks/webhook-dispatcher";

/**
 * Applies one change to many records of a list (owner, tags, source, deal
 * stage) in one transaction. Ids outside the workspace are ignored, never touched.
 */
export async function bulkEdit(actor: CrmActor, raw: z.input<typeof bulkEditSchema>): Promise<{ updated: number }> {
  const { entity, ids, set } = bulkEditSchema.parse(raw);
  const { workspaceId } = actor;
  await assertMember(workspaceId, set.ownerId);
  const { updated, deliveries } = await prisma.$transaction(
    async (tx) => {
      const where = { workspaceId, id: { in: ids } };
      const owner = set.ownerId !== undefined ? { ownerId: set.ownerId } : {};
      if (entity === "companies") return { updated: (await tx.company.updateMany({ where, data: owner })).count, deliveries: [] as string[] };
      if (entity === "deals") {
        const deals = await tx.deal.findMany({ where, select: { id: true } });
        if (Object.keys(owner).length > 0) await tx.deal.updateMany({ where, data: owner });
        const deliveries: string[] = [];
        if (set.stageId) for (const d of deals) deliveries.push(...(await moveDealStageInTx(actor, d.id, set.stageId, null, tx)).deliveries);
        return { updated: deals.length, deliveries };
      }
      const contacts = await tx.contact.findMany({ where, select: { id: true, tags: true } });
      for (const c of contacts) {
        const tags = new Set(c.tags);
        set.addTags?.forEach((t) => tags.add(t));
        set.removeTags?.forEach((t) => tags.delete(t));
        await tx.contact.update({ where: { id: c.id }, data: { ...owner, tags: [...tags], ...(set.source !== undefined ? { source: set.source } : {}) } });
      }
      return { updated: contacts.length, deliveries: [] as string[] };
    },
    { timeout: 60_000 },
  );
  await dispatchWebhooks(workspaceId, deliveries);
  return { updated };
}
