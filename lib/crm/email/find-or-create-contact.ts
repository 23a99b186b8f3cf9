import { prisma } from "@/lib/db/prisma";
import type { CrmActor } from "../crm-actor";
import { nameFromEmail } from "../email-address";
import { recordActivity } from "../record-activity";
import { searchTextOf } from "../search-text";
import { logCrmEvent } from "../webhooks/log-crm-event";
import { findOrCreate } from "./is-unique-violation";

export interface NewContactFields {
  email: string;
  name: string | null;
  companyId: string | null;
  ownerId: string | null;
  source: string;
  phone?: string | null;
  title?: string | null;
}

/**
 * The contact that has this address (any of their addresses), or a new one.
 * ContactEmail is unique per workspace, so re-processing or concurrent
 * processing of the same sender never creates a second contact.
 */
export async function findOrCreateContactForEmail(actor: CrmActor, fields: NewContactFields): Promise<{ contactId: string; created: boolean; deliveries: string[] }> {
  const { workspaceId } = actor;
  let deliveries: string[] = [];
  const { row, created } = await findOrCreate(
    () => prisma.contactEmail.findUnique({ where: { workspaceId_email: { workspaceId, email: fields.email } }, select: { contactId: true } }),
    () =>
      prisma.$transaction(async (tx) => {
        const name = fields.name ?? nameFromEmail(fields.email);
        const contact = await tx.contact.create({
          data: {
            workspaceId,
            name,
            email: fields.email,
            companyId: fields.companyId,
            ownerId: fields.ownerId,
            source: fields.source,
            phones: fields.phone ? [fields.phone] : [],
            title: fields.title ?? null,
            searchText: searchTextOf(name, fields.email, fields.title),
          },
          select: { id: true },
        });
        await tx.contactEmail.create({ data: { workspaceId, contactId: contact.id, email: fields.email, isPrimary: true } });
        await recordActivity(actor, { type: "created", title: `Contact ${name} created from email`, links: [{ recordType: "contact", recordId: contact.id }] }, tx);
        deliveries = await logCrmEvent(workspaceId, "contact.created", { id: contact.id, name, emails: [fields.email], companyId: fields.companyId, source: fields.source }, { dedupeKey: `contact.created:${contact.id}` }, tx);
        return { contactId: contact.id };
      }),
  );
  return { contactId: row.contactId, created, deliveries: created ? deliveries : [] };
}
