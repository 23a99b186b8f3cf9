import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import type { CrmActor } from "../crm-actor";
import { mergeSchema } from "../crm-schemas";
import { recordActivity } from "../record-activity";
import { searchTextOf } from "../search-text";
import { moveActivityLinks } from "./move-activity-links";

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

async function mergeContacts(tx: Prisma.TransactionClient, actor: CrmActor, winnerId: string, loserId: string) {
  const { workspaceId } = actor;
  const [winner, loser] = await Promise.all([winnerId, loserId].map((id) => tx.contact.findFirst({ where: { id, workspaceId }, include: { emails: true, deals: true } })));
  if (!winner || !loser) throw new AppError("not_found", "Contact not found.");
  await tx.contactEmail.updateMany({ where: { contactId: loserId }, data: { contactId: winnerId, isPrimary: false } });
  await tx.dealContact.createMany({ data: loser.deals.map((d) => ({ workspaceId, dealId: d.dealId, contactId: winnerId })), skipDuplicates: true });
  await tx.note.updateMany({ where: { workspaceId, contactId: loserId }, data: { contactId: winnerId } });
  await tx.task.updateMany({ where: { workspaceId, contactId: loserId }, data: { contactId: winnerId } });
  await moveActivityLinks(tx, workspaceId, "contact", loserId, winnerId);
  const emails = [...winner.emails, ...loser.emails].map((e) => e.email);
  const max = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));
  await tx.contact.update({
    where: { id: winnerId },
    data: {
      phones: [...new Set([...winner.phones, ...loser.phones])],
      tags: [...new Set([...winner.tags, ...loser.tags])],
      title: winner.title ?? loser.title,
      companyId: winner.companyId ?? loser.companyId,
      ownerId: winner.ownerId ?? loser.ownerId,
      source: winner.source ?? loser.source,
      leadScore: Math.max(winner.leadScore ?? -1, loser.leadScore ?? -1) >= 0 ? Math.max(winner.leadScore ?? 0, loser.leadScore ?? 0) : null,
      customFields: { ...(loser.customFields as object), ...(winner.customFields as object) },
      lastActivityAt: max(winner.lastActivityAt, loser.lastActivityAt),
      lastInboundAt: max(winner.lastInboundAt, loser.lastInboundAt),
      lastOutboundAt: max(winner.lastOutboundAt, loser.lastOutboundAt),
      searchText: searchTextOf(winner.name, emails, winner.title ?? loser.title),
    },
  });
  await tx.contact.delete({ where: { id: loserId } });
  return { name: winner.name, loserName: loser.name, snapshot: json(loser) };
}

async function mergeCompanies(tx: Prisma.TransactionClient, actor: CrmActor, winnerId: string, loserId: string) {
  const { workspaceId } = actor;
  const [winner, loser] = await Promise.all([winnerId, loserId].map((id) => tx.company.findFirst({ where: { id, workspaceId }, include: { domains: true } })));
  if (!winner || !loser) throw new AppError("not_found", "Company not found.");
  await tx.companyDomain.updateMany({ where: { companyId: loserId }, data: { companyId: winnerId } });
  await tx.contact.updateMany({ where: { workspaceId, companyId: loserId }, data: { companyId: winnerId } });
  await tx.deal.updateMany({ where: { workspaceId, companyId: loserId }, data: { companyId: winnerId } });
  await tx.note.updateMany({ where: { workspaceId, companyId: loserId }, data: { companyId: winnerId } });
  await tx.task.updateMany({ where: { workspaceId, companyId: loserId }, data: { companyId: winnerId } });
  await moveActivityLinks(tx, workspaceId, "company", loserId, winnerId);
  const domains = [...winner.domains, ...loser.domains].map((d) => d.domain);
  await tx.company.update({
    where: { id: winnerId },
    data: { size: winner.size ?? loser.size, ownerId: winner.ownerId ?? loser.ownerId, domain: winner.domain ?? loser.domain, customFields: { ...(loser.customFields as object), ...(winner.customFields as object) }, searchText: searchTextOf(winner.name, domains) },
  });
  await tx.company.delete({ where: { id: loserId } });
  return { name: winner.name, loserName: loser.name, snapshot: json(loser) };
}

/**
 * Folds one contact (or company) into another in one transaction: addresses
 * or domains, deals, notes, tasks and timeline move to the winner, empty
 * fields are filled from the loser, and the loser's last state is kept in
 * CrmMerge before it is deleted. Nothing of its history is lost.
 */
export async function mergeRecords(actor: CrmActor, raw: unknown) {
  const input = mergeSchema.parse(raw);
  return prisma.$transaction(async (tx) => {
    const merged = input.entity === "contacts" ? await mergeContacts(tx, actor, input.winnerId, input.loserId) : await mergeCompanies(tx, actor, input.winnerId, input.loserId);
    const merge = await tx.crmMerge.create({ data: { workspaceId: actor.workspaceId, entity: input.entity, winnerId: input.winnerId, loserId: input.loserId, snapshot: merged.snapshot, mergedById: actor.userId } });
    const recordType = input.entity === "contacts" ? "contact" : "company";
    await recordActivity(actor, { type: "merged", title: `Merged ${merged.loserName} into ${merged.name}`, data: { mergeId: merge.id, loserId: input.loserId }, links: [{ recordType, recordId: input.winnerId }] }, tx);
    return { mergeId: merge.id, winnerId: input.winnerId };
  });
}
