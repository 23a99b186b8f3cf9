import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { companySelect } from "./company-view";
import { contactSelect } from "./contact-view";
import type { RecordType } from "./crm-schemas";
import { dealSelect, toDealView } from "./deal-view";
import { listTimeline } from "./list-timeline";

const noteSelect = { id: true, body: true, authorId: true, createdAt: true } as const;
const taskSelect = { id: true, title: true, notes: true, dueAt: true, remindAt: true, assigneeId: true, completedAt: true, createdAt: true } as const;

function related(workspaceId: string, recordType: RecordType, recordId: string) {
  const key = recordType === "contact" ? "contactId" : recordType === "company" ? "companyId" : "dealId";
  const where = { workspaceId, [key]: recordId };
  return Promise.all([
    prisma.note.findMany({ where, orderBy: { createdAt: "desc" }, take: 100, select: noteSelect }),
    prisma.task.findMany({ where, orderBy: [{ completedAt: { sort: "desc", nulls: "first" } }, { dueAt: { sort: "asc", nulls: "last" } }], take: 100, select: taskSelect }),
    listTimeline(workspaceId, recordType, recordId),
  ]);
}

/** Everything a record page shows: the record, its links, notes, tasks and the first page of its timeline. */
export async function getContactRecord(workspaceId: string, contactId: string) {
  const contact = await prisma.contact.findFirst({ where: { id: contactId, workspaceId }, select: contactSelect });
  if (!contact) throw new AppError("not_found", "Contact not found.");
  const [deals, [notes, tasks, timeline]] = await Promise.all([
    prisma.deal.findMany({ where: { workspaceId, contacts: { some: { contactId } } }, select: dealSelect, orderBy: { updatedAt: "desc" }, take: 50 }),
    related(workspaceId, "contact", contactId),
  ]);
  return { contact, deals: deals.map(toDealView), notes, tasks, timeline };
}

export async function getCompanyRecord(workspaceId: string, companyId: string) {
  const company = await prisma.company.findFirst({ where: { id: companyId, workspaceId }, select: companySelect });
  if (!company) throw new AppError("not_found", "Company not found.");
  const [contacts, deals, [notes, tasks, timeline]] = await Promise.all([
    prisma.contact.findMany({ where: { workspaceId, companyId }, select: contactSelect, orderBy: { name: "asc" }, take: 100 }),
    prisma.deal.findMany({ where: { workspaceId, companyId }, select: dealSelect, orderBy: { updatedAt: "desc" }, take: 50 }),
    related(workspaceId, "company", companyId),
  ]);
  return { company, contacts, deals: deals.map(toDealView), notes, tasks, timeline };
}

export async function getDealRecord(workspaceId: string, dealId: string) {
  const deal = await prisma.deal.findFirst({ where: { id: dealId, workspaceId }, select: dealSelect });
  if (!deal) throw new AppError("not_found", "Deal not found.");
  const [history, stages, [notes, tasks, timeline]] = await Promise.all([
    prisma.dealStageHistory.findMany({ where: { workspaceId, dealId }, orderBy: { changedAt: "asc" }, select: { id: true, fromStageId: true, toStageId: true, actorType: true, actorUserId: true, changedAt: true } }),
    prisma.pipelineStage.findMany({ where: { workspaceId, pipelineId: deal.pipelineId }, orderBy: { position: "asc" }, select: { id: true, name: true, kind: true } }),
    related(workspaceId, "deal", dealId),
  ]);
  return { deal: toDealView(deal), history, stages, notes, tasks, timeline };
}
