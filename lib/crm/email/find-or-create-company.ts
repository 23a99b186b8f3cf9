import { prisma } from "@/lib/db/prisma";
import type { CrmActor } from "../crm-actor";
import { nameFromDomain } from "../email-address";
import { isFreeMailDomain } from "../free-mail-domains";
import { recordActivity } from "../record-activity";
import { searchTextOf } from "../search-text";
import { logCrmEvent } from "../webhooks/log-crm-event";
import { findOrCreate } from "./is-unique-violation";

/**
 * The company owning a domain, created on first sight (never for free-mail
 * domains). CompanyDomain is unique per workspace, so concurrent emails from
 * one new domain converge on a single company.
 */
export async function findOrCreateCompanyForDomain(actor: CrmActor, domain: string, companyName: string | null): Promise<{ companyId: string; created: boolean; deliveries: string[] } | null> {
  if (isFreeMailDomain(domain)) return null;
  const { workspaceId } = actor;
  let deliveries: string[] = [];
  const { row, created } = await findOrCreate(
    () => prisma.companyDomain.findUnique({ where: { workspaceId_domain: { workspaceId, domain } }, select: { companyId: true } }),
    () =>
      prisma.$transaction(async (tx) => {
        const name = companyName ?? nameFromDomain(domain);
        const company = await tx.company.create({ data: { workspaceId, name, domain, searchText: searchTextOf(name, domain) }, select: { id: true } });
        await tx.companyDomain.create({ data: { workspaceId, companyId: company.id, domain } });
        await recordActivity(actor, { type: "created", title: `Company ${name} created from email`, links: [{ recordType: "company", recordId: company.id }] }, tx);
        deliveries = await logCrmEvent(workspaceId, "company.created", { id: company.id, name, domains: [domain], source: "email" }, { dedupeKey: `company.created:${company.id}` }, tx);
        return { companyId: company.id };
      }),
  );
  return { companyId: row.companyId, created, deliveries: created ? deliveries : [] };
}
