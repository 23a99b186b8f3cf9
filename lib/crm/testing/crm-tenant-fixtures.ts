import { prisma } from "@/lib/db/prisma";
import { encryptSecret } from "@/lib/security/encrypt-secret";
import { ensureDefaultPipeline } from "../ensure-default-pipeline";

/**
 * CRM rows of one workspace for the generated cross-tenant tests: one of each
 * kind a CRM route's id can point at, with strings that must never leak.
 */
export async function seedCrmTenantRows(workspaceId: string, label: string) {
  const company = await prisma.company.create({ data: { workspaceId, name: `${label} Secret Company`, domain: `${label.toLowerCase()}-secret.test`, searchText: `${label.toLowerCase()} secret company` } });
  await prisma.companyDomain.create({ data: { workspaceId, companyId: company.id, domain: `${label.toLowerCase()}-secret.test` } });
  const contact = await prisma.contact.create({ data: { workspaceId, name: `${label} Secret Contact`, email: `contact@${label.toLowerCase()}-secret.test`, companyId: company.id, searchText: `${label.toLowerCase()} secret contact` } });
  await prisma.contactEmail.create({ data: { workspaceId, contactId: contact.id, email: `contact@${label.toLowerCase()}-secret.test`, isPrimary: true } });
  const pipeline = await ensureDefaultPipeline(workspaceId);
  const deal = await prisma.deal.create({ data: { workspaceId, title: `${label} Secret Deal`, pipelineId: pipeline.id, stageId: pipeline.stages[0]!.id, companyId: company.id, searchText: `${label.toLowerCase()} secret deal` } });
  const task = await prisma.task.create({ data: { workspaceId, title: `${label} Secret Task`, contactId: contact.id } });
  const view = await prisma.savedView.create({ data: { workspaceId, entity: "contacts", name: `${label} Secret View`, query: {} } });
  const endpoint = await prisma.outgoingWebhookEndpoint.create({ data: { workspaceId, url: `https://${label.toLowerCase()}-secret.test/hook`, secretEnc: encryptSecret("whsec_c2VjcmV0") } });
  return {
    ids: { contactId: contact.id, companyId: company.id, dealId: deal.id, taskId: task.id, viewId: view.id, endpointId: endpoint.id, stageId: pipeline.stages[1]!.id },
    secrets: [contact.id, company.id, deal.id, task.id, view.id, endpoint.id, contact.name, company.name, deal.title, task.title, view.name, endpoint.url],
  };
}

/** Everything CRM of a workspace that a request could change, as comparable JSON. */
export async function snapshotCrm(workspaceId: string): Promise<unknown> {
  const where = { workspaceId };
  return Promise.all([
    prisma.contact.findMany({ where, orderBy: { id: "asc" }, select: { id: true, name: true, ownerId: true, tags: true, companyId: true, updatedAt: true } }),
    prisma.company.findMany({ where, orderBy: { id: "asc" }, select: { id: true, name: true, updatedAt: true } }),
    prisma.deal.findMany({ where, orderBy: { id: "asc" }, select: { id: true, title: true, stageId: true, updatedAt: true } }),
    prisma.task.findMany({ where, orderBy: { id: "asc" }, select: { id: true, completedAt: true, updatedAt: true } }),
    prisma.savedView.count({ where }),
    prisma.outgoingWebhookEndpoint.count({ where }),
    prisma.note.count({ where }),
    prisma.activity.count({ where }),
  ]);
}
