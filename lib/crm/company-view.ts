import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";

export const companySelect = {
  id: true,
  name: true,
  domain: true,
  size: true,
  ownerId: true,
  customFields: true,
  createdAt: true,
  updatedAt: true,
  domains: { select: { domain: true }, orderBy: { domain: "asc" } },
  _count: { select: { contacts: true, deals: true } },
} satisfies Prisma.CompanySelect;

export type CompanyView = Prisma.CompanyGetPayload<{ select: typeof companySelect }>;

export function companyPayload(c: CompanyView): Prisma.InputJsonObject {
  return { id: c.id, name: c.name, domains: c.domains.map((d) => d.domain), size: c.size, ownerId: c.ownerId };
}

type Tx = Pick<Prisma.TransactionClient, "companyDomain">;

/** Replaces a company's domains; a domain belongs to one company per workspace (409 otherwise). */
export async function setCompanyDomains(workspaceId: string, companyId: string, domains: string[], db: Tx): Promise<void> {
  const unique = [...new Set(domains)];
  const taken = await db.companyDomain.findMany({ where: { workspaceId, domain: { in: unique }, NOT: { companyId } }, select: { domain: true, companyId: true } });
  if (taken.length > 0) throw new AppError("conflict", `${taken[0]!.domain} already belongs to another company.`, taken);
  await db.companyDomain.deleteMany({ where: { companyId, domain: { notIn: unique } } });
  await db.companyDomain.createMany({ data: unique.map((domain) => ({ workspaceId, companyId, domain })), skipDuplicates: true });
}
