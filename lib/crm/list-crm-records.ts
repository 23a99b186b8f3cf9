import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { companySelect, type CompanyView } from "./company-view";
import { contactSelect, type ContactView } from "./contact-view";
import { SORTS, type CrmEntity, type ListQuery } from "./crm-schemas";
import { dealSelect, toDealView, type DealView } from "./deal-view";
import { decodeKeysetCursor, encodeKeysetCursor, keysetOrder, keysetWhere, type KeysetColumn } from "./keyset-cursor";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

function sortOf(entity: CrmEntity, query: ListQuery): { field: KeysetColumn; dir: "asc" | "desc"; nullable: boolean } {
  const allowed = SORTS[entity] as readonly string[];
  const field = query.sort === "name" && entity === "deals" ? "title" : (query.sort ?? "updatedAt");
  if (!allowed.includes(field)) throw new AppError("validation_failed", `Cannot sort ${entity} by ${field}.`, [{ path: "sort", message: `One of ${allowed.join(", ")}.` }]);
  return { field: field as KeysetColumn, dir: query.dir ?? (field === "name" || field === "title" ? "asc" : "desc"), nullable: field === "leadScore" };
}

function page<R extends { id: string }>(rows: R[], limit: number, field: string): { rows: R[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept.at(-1) as (R & Record<string, unknown>) | undefined;
  return { rows: kept, nextCursor: more && last ? encodeKeysetCursor(last[field], last.id) : null };
}

/** One keyset page of contacts, sorted and filtered (every sort has a matching index). */
export async function listContacts(workspaceId: string, query: ListQuery): Promise<Page<ContactView>> {
  const { field, dir, nullable } = sortOf("contacts", query);
  const limit = query.limit ?? 50;
  const where: Prisma.ContactWhereInput = {
    workspaceId,
    ...(query.ownerId ? { ownerId: query.ownerId } : {}),
    ...(query.companyId ? { companyId: query.companyId } : {}),
    ...(query.tag ? { tags: { has: query.tag } } : {}),
    ...(query.minScore !== undefined ? { leadScore: { gte: query.minScore } } : {}),
  };
  const find = (extra: Record<string, unknown>, orderBy: Record<string, unknown>[], take: number) =>
    prisma.contact.findMany({ where: { ...where, AND: [extra as Prisma.ContactWhereInput] }, orderBy: orderBy as Prisma.ContactOrderByWithRelationInput[], take, select: contactSelect });
  let rows: ContactView[];
  if (nullable && dir === "desc") {
    // "Highest score first, unscored last" in two index range scans: a
    // backward scan of (workspaceId, leadScore, id) puts NULLs first, so the
    // scored rows and the unscored ones are read separately.
    const inNullPart = query.cursor ? decodeKeysetCursor(query.cursor, field).value === null : false;
    rows = inNullPart ? [] : await find({ AND: [{ [field]: { not: null } }, keysetWhere(field, dir, query.cursor, false)] }, [{ [field]: { sort: "desc", nulls: "first" } }, { id: "desc" }], limit + 1);
    if (rows.length <= limit) rows.push(...(await find(inNullPart ? keysetWhere(field, dir, query.cursor, false) : { [field]: null }, [{ id: "desc" }], limit + 1 - rows.length)));
  } else {
    rows = await find(keysetWhere(field, dir, query.cursor, nullable), keysetOrder(field, dir, nullable), limit + 1);
  }
  const p = page(rows, limit, field);
  return { items: p.rows, nextCursor: p.nextCursor };
}

export async function listCompanies(workspaceId: string, query: ListQuery): Promise<Page<CompanyView>> {
  const { field, dir, nullable } = sortOf("companies", query);
  const limit = query.limit ?? 50;
  const where: Prisma.CompanyWhereInput = {
    workspaceId,
    ...(query.ownerId ? { ownerId: query.ownerId } : {}),
    AND: [keysetWhere(field, dir, query.cursor, nullable) as Prisma.CompanyWhereInput],
  };
  const rows = await prisma.company.findMany({ where, orderBy: keysetOrder(field, dir, nullable) as Prisma.CompanyOrderByWithRelationInput[], take: limit + 1, select: companySelect });
  const p = page(rows, limit, field);
  return { items: p.rows, nextCursor: p.nextCursor };
}

export async function listDeals(workspaceId: string, query: ListQuery): Promise<Page<DealView>> {
  const { field, dir, nullable } = sortOf("deals", query);
  const limit = query.limit ?? 50;
  const where: Prisma.DealWhereInput = {
    workspaceId,
    ...(query.ownerId ? { ownerId: query.ownerId } : {}),
    ...(query.companyId ? { companyId: query.companyId } : {}),
    ...(query.stageId ? { stageId: query.stageId } : {}),
    ...(query.minScore !== undefined ? { leadScore: { gte: query.minScore } } : {}),
    AND: [keysetWhere(field, dir, query.cursor, nullable) as Prisma.DealWhereInput],
  };
  const rows = await prisma.deal.findMany({ where, orderBy: keysetOrder(field, dir, nullable) as Prisma.DealOrderByWithRelationInput[], take: limit + 1, select: dealSelect });
  const p = page(rows, limit, field);
  return { items: p.rows.map(toDealView), nextCursor: p.nextCursor };
}

export function listCrmRecords(entity: CrmEntity, workspaceId: string, query: ListQuery): Promise<Page<ContactView | CompanyView | DealView>> {
  if (entity === "contacts") return listContacts(workspaceId, query);
  if (entity === "companies") return listCompanies(workspaceId, query);
  return listDeals(workspaceId, query);
}
