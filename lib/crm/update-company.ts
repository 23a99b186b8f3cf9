import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import type { CrmActor } from "./crm-actor";
import { companyUpdateSchema, type CompanyUpdate } from "./crm-schemas";
import { assertMember } from "./assert-in-workspace";
import { companySelect, setCompanyDomains, type CompanyView } from "./company-view";
import { searchTextOf } from "./search-text";

/** Updates the given fields of a company (domains replace the list). */
export async function updateCompany(actor: CrmActor, companyId: string, raw: CompanyUpdate): Promise<CompanyView> {
  const input = companyUpdateSchema.parse(raw);
  const { workspaceId } = actor;
  return prisma.$transaction(async (tx) => {
    const before = await tx.company.findFirst({ where: { id: companyId, workspaceId }, select: companySelect });
    if (!before) throw new AppError("not_found", "Company not found.");
    await assertMember(workspaceId, input.ownerId, tx);
    const domains = input.domains ? [...new Set(input.domains)] : before.domains.map((d) => d.domain);
    if (input.domains) await setCompanyDomains(workspaceId, companyId, domains, tx);
    const { domains: _d, ...fields } = input;
    await tx.company.update({
      where: { id: companyId },
      data: { ...fields, domain: domains[0] ?? null, searchText: searchTextOf(input.name ?? before.name, domains) },
    });
    return tx.company.findUniqueOrThrow({ where: { id: companyId }, select: companySelect });
  });
}
