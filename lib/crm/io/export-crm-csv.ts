import { csvRow } from "@/lib/audit/csv-cell";
import { prisma } from "@/lib/db/prisma";
import type { CrmEntity } from "../crm-schemas";
import { CONTACT_CSV_FIELDS } from "./contact-csv-columns";

const BATCH = 1000;

const HEADERS: Record<CrmEntity, readonly string[]> = {
  contacts: ["id", ...CONTACT_CSV_FIELDS, "created_at"],
  companies: ["id", "name", "domains", "size", "custom_fields", "created_at"],
  deals: ["id", "title", "stage", "amount", "currency", "company", "contacts", "probability", "expected_close_date", "lost_reason", "lead_score", "created_at"],
};

async function batch(entity: CrmEntity, workspaceId: string, afterId: string | null): Promise<{ rows: unknown[][]; lastId: string | null }> {
  const where = { workspaceId, ...(afterId ? { id: { gt: afterId } } : {}) };
  const page = { where, orderBy: { id: "asc" as const }, take: BATCH };
  if (entity === "contacts") {
    const rows = await prisma.contact.findMany({ ...page, include: { emails: { orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }] }, company: { select: { name: true, domain: true } } } });
    return { rows: rows.map((c) => [c.id, c.name, c.emails.map((e) => e.email).join("; "), c.phones.join("; "), c.title, c.company?.name, c.company?.domain, c.tags.join("; "), c.source, c.leadScore, c.customFields, c.createdAt]), lastId: rows.at(-1)?.id ?? null };
  }
  if (entity === "companies") {
    const rows = await prisma.company.findMany({ ...page, include: { domains: true } });
    return { rows: rows.map((c) => [c.id, c.name, c.domains.map((d) => d.domain).join("; "), c.size, c.customFields, c.createdAt]), lastId: rows.at(-1)?.id ?? null };
  }
  const rows = await prisma.deal.findMany({ ...page, include: { stage: { select: { name: true } }, company: { select: { name: true } }, contacts: { include: { contact: { select: { email: true, name: true } } } } } });
  return {
    rows: rows.map((d) => [d.id, d.title, d.stage.name, d.amount?.toFixed(2), d.currency, d.company?.name, d.contacts.map((c) => c.contact.email ?? c.contact.name).join("; "), d.probability, d.expectedCloseDate, d.lostReason, d.leadScore, d.createdAt]),
    lastId: rows.at(-1)?.id ?? null,
  };
}

/**
 * A workspace's contacts, companies or deals as CSV, streamed in id-ordered
 * batches. Cells go through csvCell, so text a spreadsheet would run as a
 * formula is neutralised.
 */
export function exportCrmCsv(entity: CrmEntity, workspaceId: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let lastId: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvRow([...HEADERS[entity]])));
        return;
      }
      const next = await batch(entity, workspaceId, lastId);
      if (next.rows.length > 0) controller.enqueue(encoder.encode(next.rows.map(csvRow).join("")));
      lastId = next.lastId;
      if (next.rows.length < BATCH) controller.close();
    },
  });
}
