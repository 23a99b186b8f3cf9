import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import type { CrmActor } from "./crm-actor";
import { contactUpdateSchema, type ContactUpdate } from "./crm-schemas";
import { assertInWorkspace, assertMember } from "./assert-in-workspace";
import { assertEmailsFree, setContactEmails } from "./contact-emails";
import { contactPayload, contactSelect, type ContactView } from "./contact-view";
import { searchTextOf } from "./search-text";
import { logCrmEvent } from "./webhooks/log-crm-event";
import { dispatchWebhooks } from "./webhooks/webhook-dispatcher";

/** Updates the given fields (emails replace the list, first = primary); emits contact.updated. */
export async function updateContact(actor: CrmActor, contactId: string, raw: ContactUpdate): Promise<ContactView> {
  const input = contactUpdateSchema.parse(raw);
  const { workspaceId } = actor;
  const { contact, deliveries } = await prisma.$transaction(async (tx) => {
    const before = await tx.contact.findFirst({ where: { id: contactId, workspaceId }, select: contactSelect });
    if (!before) throw new AppError("not_found", "Contact not found.");
    if (input.companyId) await assertInWorkspace(workspaceId, "company", input.companyId, tx);
    await assertMember(workspaceId, input.ownerId, tx);
    const emails = input.emails ? [...new Set(input.emails)] : before.emails.map((e) => e.email);
    if (input.emails) {
      await assertEmailsFree(workspaceId, emails, contactId, tx);
      await setContactEmails(workspaceId, contactId, emails, tx);
    }
    const { emails: _e, ...fields } = input;
    const name = input.name ?? before.name;
    await tx.contact.update({
      where: { id: contactId },
      data: {
        ...fields,
        ...(input.emails ? { email: emails[0] ?? null } : {}),
        searchText: searchTextOf(name, emails, input.title ?? before.title, input.phones ?? before.phones),
      },
    });
    const contact = await tx.contact.findUniqueOrThrow({ where: { id: contactId }, select: contactSelect });
    const deliveries = await logCrmEvent(workspaceId, "contact.updated", { ...contactPayload(contact), changed: Object.keys(input) }, {}, tx);
    return { contact, deliveries };
  });
  await dispatchWebhooks(workspaceId, deliveries);
  return contact;
}
