import { prisma } from "@/lib/db/prisma";
import type { CrmActor } from "./crm-actor";
import { contactCreateSchema, type ContactCreate } from "./crm-schemas";
import { assertInWorkspace, assertMember } from "./assert-in-workspace";
import { assertEmailsFree, setContactEmails } from "./contact-emails";
import { contactPayload, contactSelect, type ContactView } from "./contact-view";
import { recordActivity } from "./record-activity";
import { searchTextOf } from "./search-text";
import { logCrmEvent } from "./webhooks/log-crm-event";
import { dispatchWebhooks } from "./webhooks/webhook-dispatcher";

/** Creates a contact with its addresses; emits contact.created. 409 when an address belongs to someone else. */
export async function createContact(actor: CrmActor, raw: ContactCreate): Promise<ContactView> {
  const input = contactCreateSchema.parse(raw);
  const { workspaceId } = actor;
  const emails = [...new Set(input.emails ?? [])];
  const { contact, deliveries } = await prisma.$transaction(async (tx) => {
    if (input.companyId) await assertInWorkspace(workspaceId, "company", input.companyId, tx);
    await assertMember(workspaceId, input.ownerId, tx);
    await assertEmailsFree(workspaceId, emails, null, tx);
    const created = await tx.contact.create({
      data: {
        workspaceId,
        name: input.name,
        email: emails[0] ?? null,
        phones: input.phones ?? [],
        title: input.title ?? null,
        companyId: input.companyId ?? null,
        ownerId: input.ownerId ?? actor.userId,
        tags: input.tags ?? [],
        source: input.source ?? (actor.type === "API" ? "api" : "manual"),
        leadScore: input.leadScore ?? null,
        customFields: input.customFields ?? {},
        searchText: searchTextOf(input.name, emails, input.title, input.phones),
        createdById: actor.userId,
        lastActivityAt: new Date(),
      },
      select: { id: true },
    });
    await setContactEmails(workspaceId, created.id, emails, tx);
    await recordActivity(actor, { type: "created", title: `Contact ${input.name} created`, links: [{ recordType: "contact", recordId: created.id }] }, tx);
    const contact = await tx.contact.findUniqueOrThrow({ where: { id: created.id }, select: contactSelect });
    const deliveries = await logCrmEvent(workspaceId, "contact.created", contactPayload(contact), { dedupeKey: `contact.created:${contact.id}` }, tx);
    return { contact, deliveries };
  });
  await dispatchWebhooks(workspaceId, deliveries);
  return contact;
}
