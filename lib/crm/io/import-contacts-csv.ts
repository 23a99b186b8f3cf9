import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import type { CrmActor } from "../crm-actor";
import { contactCreateSchema, emailSchema } from "../crm-schemas";
import { searchTextOf } from "../search-text";
import { CONTACT_CSV_FIELDS, splitList, unguard, type ContactCsvField } from "./contact-csv-columns";

export const MAX_IMPORT_ROWS = 10_000;

export const importMappingSchema = z.record(z.string().max(200), z.enum([...CONTACT_CSV_FIELDS, "ignore"]));
export type ImportMapping = z.infer<typeof importMappingSchema>;

export interface ImportReport {
  totalRows: number;
  imported: number;
  errors: { row: number; messages: string[] }[];
  dryRun: boolean;
}

/** The CSV's header and first rows, with a suggested mapping (columns named like our fields map to them). */
export function previewCsv(text: string) {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy", preview: 5 });
  const columns = parsed.meta.fields ?? [];
  const norm = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, "_");
  const alias: Record<string, ContactCsvField> = { email: "emails", e_mail: "emails", phone: "phones", full_name: "name", company_name: "company", domain: "company_domain", score: "lead_score", tag: "tags", job_title: "title" };
  const suggested = Object.fromEntries(columns.map((c) => [c, (CONTACT_CSV_FIELDS as readonly string[]).includes(norm(c)) ? norm(c) : (alias[norm(c)] ?? "ignore")])) as ImportMapping;
  return { columns, rows: parsed.data, suggested };
}

type Prepared = { row: number; contact: z.infer<typeof contactCreateSchema>; company: { name: string; domain: string | null } | null };

function prepareRow(record: Record<string, string>, mapping: ImportMapping, row: number): Prepared | { row: number; messages: string[] } {
  const columnOf = new Map(Object.entries(mapping).map(([column, field]) => [field, column]));
  const get = (field: ContactCsvField) => {
    const column = columnOf.get(field);
    return column === undefined ? undefined : unguard(record[column])?.trim();
  };
  const messages: string[] = [];
  const emails = splitList(get("emails")).flatMap((e) => {
    const r = emailSchema.safeParse(e);
    if (!r.success) messages.push(`"${e}" is not a valid email address.`);
    return r.success ? [r.data] : [];
  });
  let customFields: Record<string, unknown> = {};
  const rawCustom = get("custom_fields");
  if (rawCustom) {
    try {
      customFields = JSON.parse(rawCustom) as Record<string, unknown>;
    } catch {
      messages.push("custom_fields is not valid JSON.");
    }
  }
  const score = get("lead_score");
  const parsed = contactCreateSchema.safeParse({ name: get("name") ?? "", emails, phones: splitList(get("phones")), title: get("title"), tags: splitList(get("tags")), source: get("source") || "import", leadScore: score ? Number(score) : null, customFields });
  if (!parsed.success) messages.push(...parsed.error.issues.map((i) => `${i.path.join(".") || "row"}: ${i.message}`));
  if (messages.length > 0 || !parsed.success) return { row, messages };
  const companyName = get("company");
  const domain = get("company_domain")?.toLowerCase() || null;
  return { row, contact: parsed.data, company: companyName || domain ? { name: companyName || domain!, domain } : null };
}

/**
 * Imports contacts from CSV with a column mapping. Every row is validated
 * first (fields, addresses, addresses already in the CRM or repeated in the
 * file); the valid rows are then written in ONE transaction (all or nothing),
 * the invalid ones come back in the report with their row numbers. Companies
 * named in the file are matched by domain or name, else created.
 */
export async function importContactsCsv(actor: CrmActor, text: string, mapping: ImportMapping, options: { dryRun?: boolean } = {}): Promise<ImportReport> {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy" });
  if (parsed.data.length > MAX_IMPORT_ROWS) throw new AppError("payload_too_large", `At most ${MAX_IMPORT_ROWS} rows per import.`);
  if (!Object.values(mapping).includes("name")) throw new AppError("validation_failed", "Map a column to name.", [{ path: "mapping", message: "A name column is required." }]);
  const { workspaceId } = actor;
  const errors: ImportReport["errors"] = [];
  const good: Prepared[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((record, i) => {
    const prepared = prepareRow(record, mapping, i + 2);
    if ("messages" in prepared) return errors.push(prepared);
    const repeated = prepared.contact.emails?.find((e) => seen.has(e));
    if (repeated) return errors.push({ row: i + 2, messages: [`${repeated} is also on row ${seen.get(repeated)}.`] });
    prepared.contact.emails?.forEach((e) => seen.set(e, i + 2));
    good.push(prepared);
  });
  const taken = new Set((await prisma.contactEmail.findMany({ where: { workspaceId, email: { in: [...seen.keys()] } }, select: { email: true } })).map((e) => e.email));
  const valid = good.filter((p) => {
    const clash = p.contact.emails?.find((e) => taken.has(e));
    if (clash) errors.push({ row: p.row, messages: [`${clash} already belongs to a contact in the CRM.`] });
    return !clash;
  });
  errors.sort((a, b) => a.row - b.row);
  if (!options.dryRun && valid.length > 0) await writeImport(actor, valid);
  return { totalRows: parsed.data.length, imported: options.dryRun ? 0 : valid.length, errors, dryRun: !!options.dryRun };
}

async function writeImport(actor: CrmActor, rows: Prepared[]): Promise<void> {
  const { workspaceId } = actor;
  await prisma.$transaction(
    async (tx) => {
      const companyIds = new Map<string, string>();
      for (const { company } of rows) {
        if (!company) continue;
        const key = company.domain ?? company.name.toLowerCase();
        if (companyIds.has(key)) continue;
        const byDomain = company.domain ? await tx.companyDomain.findUnique({ where: { workspaceId_domain: { workspaceId, domain: company.domain } }, select: { companyId: true } }) : null;
        const byName = byDomain ? null : await tx.company.findFirst({ where: { workspaceId, name: { equals: company.name, mode: "insensitive" } }, select: { id: true } });
        let id = byDomain?.companyId ?? byName?.id;
        if (!id) {
          id = (await tx.company.create({ data: { workspaceId, name: company.name, domain: company.domain, searchText: searchTextOf(company.name, company.domain), createdById: actor.userId }, select: { id: true } })).id;
          if (company.domain) await tx.companyDomain.create({ data: { workspaceId, companyId: id, domain: company.domain } });
        }
        companyIds.set(key, id);
      }
      const contacts = rows.map(({ contact: c, company }) => ({
        id: `imp_${randomUUID().replace(/-/g, "")}`,
        workspaceId,
        name: c.name,
        email: c.emails?.[0] ?? null,
        phones: c.phones ?? [],
        title: c.title ?? null,
        tags: c.tags ?? [],
        source: c.source ?? "import",
        leadScore: c.leadScore ?? null,
        customFields: (c.customFields ?? {}) as object,
        ownerId: actor.userId,
        createdById: actor.userId,
        companyId: company ? companyIds.get(company.domain ?? company.name.toLowerCase())! : null,
        searchText: searchTextOf(c.name, c.emails, c.title, c.phones),
        emails: c.emails ?? [],
      }));
      await tx.contact.createMany({ data: contacts.map(({ emails: _e, ...c }) => c) });
      await tx.contactEmail.createMany({ data: contacts.flatMap((c) => c.emails.map((email, i) => ({ workspaceId, contactId: c.id, email, isPrimary: i === 0 }))) });
      const now = new Date();
      const activities = contacts.map((c) => ({ id: `act_${randomUUID().replace(/-/g, "")}`, workspaceId, type: "created", actorType: actor.type, actorUserId: actor.userId, title: `Contact ${c.name} imported from CSV`, occurredAt: now, contactId: c.id }));
      await tx.activity.createMany({ data: activities.map(({ contactId: _c, ...a }) => a) });
      await tx.activityLink.createMany({ data: activities.map((a) => ({ workspaceId, activityId: a.id, recordType: "contact", recordId: a.contactId, occurredAt: now })) });
    },
    { timeout: 120_000 },
  );
}
