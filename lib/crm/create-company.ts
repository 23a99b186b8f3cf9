import { prisma } from "@/lib/db/prisma";
import type { CrmActor } from "./crm-actor";
import { companyCreateSchema, type CompanyCreate } from "./crm-schemas";
import { assertMember } from "./assert-in-workspace";
import { companyPayload, companySelect, setCompanyDomains, type CompanyView } from "./company-view";
import { recordActivity } from "./record-activity";
import { searchTextOf } from "./search-text";
import { logCrmEvent } from "./webhooks/log-crm-event";
import { dispatchWebhooks } from "./webhooks/webhook-dispatcher";

/** Creates a company with its domains; emits company.created. 409 when a domain belongs to another company. */
export async function createCompany(actor: CrmActor, raw: CompanyCreate): Promise<CompanyView> {
  const input = companyCreateSchema.parse(raw);
  const { workspaceId } = actor;
  const domains = [...new Set(input.domains ?? [])];
  const { company, deliveries } = await prisma.$transaction(async (tx) => {
    await assertMember(workspaceId, input.ownerId, tx);
    const created = await tx.company.create({
      data: {
        workspaceId,
        name: input.name,
        domain: domains[0] ?? null,
        size: input.size ?? null,
        ownerId: input.ownerId ?? actor.userId,
        customFields: input.customFields ?? {},
        searchText: searchTextOf(input.name, domains),
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await setCompanyDomains(workspaceId, created.id, domains, tx);
    await recordActivity(actor, { type: "created", title: `Company ${input.name} created`, links: [{ recordType: "company", recordId: created.id }] }, tx);
    const company = await tx.company.findUniqueOrThrow({ where: { id: created.id }, select: companySelect });
    const deliveries = await logCrmEvent(workspaceId, "company.created", companyPayload(company), { dedupeKey: `company.created:${company.id}` }, tx);
    return { company, deliveries };
  });
  await dispatchWebhooks(workspaceId, deliveries);
  return company;
}
