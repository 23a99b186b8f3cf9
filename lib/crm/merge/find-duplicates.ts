import { prisma } from "@/lib/db/prisma";

export interface DuplicateGroup {
  reason: "same_name" | "similar_name" | "same_domain";
  records: { id: string; name: string; detail: string | null }[];
}

type Row = { ids: string[]; names: string[]; details: (string | null)[]; reason: DuplicateGroup["reason"] };

function groups(rows: Row[]): DuplicateGroup[] {
  return rows.map((r) => ({ reason: r.reason, records: r.ids.map((id, i) => ({ id, name: r.names[i]!, detail: r.details[i] ?? null })) }));
}

/**
 * Likely duplicate contacts: the same name (ignoring case and spaces), and
 * very similar names (pg_trgm) at the same company or
 * email domain ("Jon Smith" / "John Smith"). Addresses cannot collide: an
 * address belongs to one contact.
 */
export async function findDuplicateContacts(workspaceId: string, limit = 50): Promise<DuplicateGroup[]> {
  const same = await prisma.$queryRaw<Row[]>`
    SELECT array_agg(id ORDER BY "createdAt") AS ids, array_agg(name ORDER BY "createdAt") AS names, array_agg(email ORDER BY "createdAt") AS details, 'same_name' AS reason
    FROM "Contact" WHERE "workspaceId" = ${workspaceId}
    GROUP BY lower(regexp_replace(name, '\\s+', ' ', 'g')) HAVING count(*) > 1 LIMIT ${limit}`;
  const similar = await prisma.$queryRaw<Row[]>`
    SELECT ARRAY[a.id, b.id] AS ids, ARRAY[a.name, b.name] AS names, ARRAY[a.email, b.email] AS details, 'similar_name' AS reason
    FROM "Contact" a JOIN "Contact" b ON a."workspaceId" = b."workspaceId" AND a.id < b.id
      AND (a."companyId" = b."companyId" OR split_part(a.email, '@', 2) = split_part(b.email, '@', 2))
    WHERE a."workspaceId" = ${workspaceId} AND lower(a.name) <> lower(b.name) AND similarity(lower(a.name), lower(b.name)) > 0.5
    LIMIT ${limit}`;
  return groups([...same, ...similar]);
}

/** Likely duplicate companies: the same name, or very similar names (pg_trgm). */
export async function findDuplicateCompanies(workspaceId: string, limit = 50): Promise<DuplicateGroup[]> {
  const same = await prisma.$queryRaw<Row[]>`
    SELECT array_agg(id ORDER BY "createdAt") AS ids, array_agg(name ORDER BY "createdAt") AS names, array_agg(domain ORDER BY "createdAt") AS details, 'same_name' AS reason
    FROM "Company" WHERE "workspaceId" = ${workspaceId}
    GROUP BY lower(regexp_replace(name, '\\s+', ' ', 'g')) HAVING count(*) > 1 LIMIT ${limit}`;
  const similar = await prisma.$queryRaw<Row[]>`
    SELECT ARRAY[a.id, b.id] AS ids, ARRAY[a.name, b.name] AS names, ARRAY[a.domain, b.domain] AS details, 'similar_name' AS reason
    FROM "Company" a JOIN "Company" b ON a."workspaceId" = b."workspaceId" AND a.id < b.id AND lower(a.name) % lower(b.name)
    WHERE a."workspaceId" = ${workspaceId} AND lower(a.name) <> lower(b.name) AND similarity(lower(a.name), lower(b.name)) > 0.6
    LIMIT ${limit}`;
  return groups([...same, ...similar]);
}
