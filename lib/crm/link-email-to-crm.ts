import { prisma } from "@/lib/db/prisma";
import { systemActor } from "./crm-actor";
import { createLeadFromEmail, type LeadResult } from "./create-lead-from-email";
import { domainOf } from "./email-address";
import { findOrCreateCompanyForDomain } from "./email/find-or-create-company";
import { findOrCreateContactForEmail } from "./email/find-or-create-contact";
import { defaultOwnerId, loadCrmMessage } from "./email/load-crm-message";
import { loadTriageFacts, type TriagedEvent } from "./email/load-triage-facts";
import { messageParticipants } from "./email/message-participants";
import { recordEmailActivity } from "./email/record-email-activity";
import { getMailboxPolicy } from "./mailbox-policy";
import { dispatchWebhooks } from "./webhooks/webhook-dispatcher";

export interface LinkResult {
  status: "linked" | "skipped";
  reason?: string;
  contactIds: string[];
  createdContactIds: string[];
  companyIds: string[];
  lead?: LeadResult;
}

/**
 * Feeds one triaged email into the CRM (on `mail/message.triaged`):
 * participants are matched to contacts by any of their addresses; the
 * mailbox's policy decides whether an unknown sender becomes a contact (all
 * senders / leads only / none) and spam, phishing and automated mail never
 * create anything; companies come from the sender's domain (never free mail);
 * the email goes on the timeline of every matched contact, their companies and
 * any open deal of its thread; a lead creates or updates a deal. Every write is
 * keyed by a unique constraint, so processing the same email again changes nothing.
 */
export async function linkEmailToCrm(input: { workspaceId: string; messageId: string } & TriagedEvent): Promise<LinkResult> {
  const { workspaceId, messageId } = input;
  const empty: LinkResult = { status: "skipped", contactIds: [], createdContactIds: [], companyIds: [] };
  const facts = await loadTriageFacts(workspaceId, messageId, input);
  if (facts.route !== "attention" || ["spam", "phishing"].includes(facts.category)) return { ...empty, reason: facts.route === "attention" ? facts.category : facts.route };
  const { message, ownAddresses } = await loadCrmMessage(workspaceId, messageId);
  const actor = systemActor(workspaceId);
  const policy = await getMailboxPolicy(workspaceId, message.mailboxId);
  const inbound = message.direction === "INBOUND";
  const mayCreate = inbound && (policy.contactCreation === "ALL" || (policy.contactCreation === "LEADS" && facts.isLead));
  const participants = messageParticipants(message, ownAddresses);
  const known = await prisma.contactEmail.findMany({ where: { workspaceId, email: { in: participants.map((p) => p.email) } }, select: { email: true, contactId: true } });
  const byEmail = new Map(known.map((k) => [k.email, k.contactId]));

  const contactIds = new Set<string>(known.map((k) => k.contactId));
  const created: string[] = [];
  const deliveries: string[] = [];
  const sender = participants.find((p) => p.role === "from");
  if (sender && !byEmail.has(sender.email) && mayCreate) {
    const ownerId = await defaultOwnerId(workspaceId, message);
    const company = await findOrCreateCompanyForDomain(actor, domainOf(sender.email), facts.isLead ? (facts.lead.company ?? null) : null);
    const fromLead = facts.isLead ? facts.lead : {};
    const contact = await findOrCreateContactForEmail(actor, { email: sender.email, name: fromLead.name ?? sender.name, companyId: company?.companyId ?? null, ownerId, source: "email", phone: fromLead.phone, title: fromLead.role });
    deliveries.push(...(company?.deliveries ?? []), ...contact.deliveries);
    contactIds.add(contact.contactId);
    if (contact.created) created.push(contact.contactId);
  }
  if (contactIds.size === 0 && !facts.isLead) return { ...empty, reason: "no matching contact" };

  const contacts = await prisma.contact.findMany({ where: { workspaceId, id: { in: [...contactIds] } }, select: { id: true, companyId: true } });
  const companyIds = [...new Set(contacts.flatMap((c) => (c.companyId ? [c.companyId] : [])))];
  const threadMessages = await prisma.mailMessage.findMany({ where: { workspaceId, threadId: message.threadId }, select: { id: true } });
  const threadDeals = await prisma.deal.findMany({ where: { workspaceId, sourceMessageId: { in: threadMessages.map((m) => m.id) } }, select: { id: true } });
  await recordEmailActivity(actor, message, [
    ...contacts.map((c) => ({ recordType: "contact" as const, recordId: c.id })),
    ...companyIds.map((id) => ({ recordType: "company" as const, recordId: id })),
    ...threadDeals.map((d) => ({ recordType: "deal" as const, recordId: d.id })),
  ]);
  const at = message.receivedAt;
  await prisma.contact.updateMany({ where: { workspaceId, id: { in: contacts.map((c) => c.id) }, OR: [{ lastActivityAt: null }, { lastActivityAt: { lt: at } }] }, data: { lastActivityAt: at } });
  const column = inbound ? "lastInboundAt" : "lastOutboundAt";
  await prisma.contact.updateMany({ where: { workspaceId, id: { in: contacts.map((c) => c.id) }, OR: [{ [column]: null }, { [column]: { lt: at } }] }, data: { [column]: at } });
  await dispatchWebhooks(workspaceId, deliveries);

  const lead = facts.isLead && inbound && policy.contactCreation !== "NONE" ? await createLeadFromEmail({ workspaceId, messageId, actor, facts }) : undefined;
  return { status: "linked", contactIds: [...contactIds], createdContactIds: created, companyIds, lead };
}
