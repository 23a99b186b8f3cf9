import { prisma } from "@/lib/db/prisma";
import { systemActor, type CrmActor } from "./crm-actor";
import { createDealInTx } from "./create-deal";
import { domainOf } from "./email-address";
import { findOrCreateCompanyForDomain } from "./email/find-or-create-company";
import { findOrCreateContactForEmail } from "./email/find-or-create-contact";
import { isUniqueViolation } from "./email/is-unique-violation";
import { defaultOwnerId, loadCrmMessage } from "./email/load-crm-message";
import { leadScoreOf, loadTriageFacts, type TriageFacts } from "./email/load-triage-facts";
import { messageParticipants } from "./email/message-participants";
import { notifyLeadOwner } from "./email/notify-lead-owner";
import { parseBudget } from "./email/parse-budget";
import { recordEmailActivity } from "./email/record-email-activity";
import { recordActivity } from "./record-activity";
import { dispatchWebhooks } from "./webhooks/webhook-dispatcher";

export interface LeadResult {
  status: "created" | "updated" | "existing" | "skipped";
  reason?: string;
  dealId?: string;
  contactId?: string;
  companyId?: string | null;
}

const LEAD_EVENT = { route: "attention", category: "lead", isLead: true } as const;

/**
 * Turns a lead email into a deal in the first stage: the sender as contact
 * (created if new), their company by domain (never for free mail), the
 * AI-extracted lead fields and a lead score, and the owner notified. An open
 * deal from the same thread is updated instead of creating another; the deal
 * is unique per (workspace, source email), so re-processing returns it.
 * Also the AUTOMATIONS "create CRM lead" action.
 */
export async function createLeadFromEmail(input: { workspaceId: string; messageId: string; actor?: CrmActor; facts?: TriageFacts }): Promise<LeadResult> {
  const { workspaceId, messageId } = input;
  const actor = input.actor ?? systemActor(workspaceId);
  const existing = await prisma.deal.findUnique({ where: { workspaceId_sourceMessageId: { workspaceId, sourceMessageId: messageId } }, select: { id: true, companyId: true } });
  if (existing) return { status: "existing", dealId: existing.id, companyId: existing.companyId };
  const { message, ownAddresses } = await loadCrmMessage(workspaceId, messageId);
  const facts = input.facts ?? (await loadTriageFacts(workspaceId, messageId, LEAD_EVENT));
  if (facts.route === "spam" || ["spam", "phishing"].includes(facts.category)) return { status: "skipped", reason: "spam" };
  const sender = messageParticipants(message, ownAddresses).find((p) => p.role === "from");
  if (!sender || message.direction !== "INBOUND") return { status: "skipped", reason: "no external sender" };

  const ownerId = await defaultOwnerId(workspaceId, message);
  const company = await findOrCreateCompanyForDomain(actor, domainOf(sender.email), facts.lead.company ?? null);
  const contact = await findOrCreateContactForEmail(actor, { email: sender.email, name: facts.lead.name ?? sender.name, companyId: company?.companyId ?? null, ownerId, source: "email", phone: facts.lead.phone, title: facts.lead.role });
  const score = leadScoreOf({ ...facts, isLead: true });
  await prisma.contact.updateMany({ where: { id: contact.contactId, workspaceId, OR: [{ leadScore: null }, { leadScore: { lt: score } }] }, data: { leadScore: score } });
  const deliveries = [...(company?.deliveries ?? []), ...contact.deliveries];
  const leadFields = { ...facts.lead, summary: facts.summary, intent: facts.intent, urgency: facts.urgency };
  const links = [{ recordType: "contact" as const, recordId: contact.contactId }, ...(company ? [{ recordType: "company" as const, recordId: company.companyId }] : [])];

  const threadMessages = await prisma.mailMessage.findMany({ where: { workspaceId, threadId: message.threadId }, select: { id: true } });
  const threadDeal = await prisma.deal.findFirst({ where: { workspaceId, sourceMessageId: { in: threadMessages.map((m) => m.id) }, stage: { kind: "OPEN" } }, select: { id: true, title: true, ownerId: true } });
  let result: LeadResult;
  if (threadDeal) {
    await prisma.deal.update({ where: { id: threadDeal.id }, data: { leadFields, leadScore: score } });
    result = { status: "updated", dealId: threadDeal.id };
  } else {
    const budget = parseBudget(facts.lead.budget);
    const who = facts.lead.company ?? facts.lead.name ?? sender.name ?? sender.email;
    const title = (facts.lead.need ? `${who}: ${facts.lead.need}` : (message.subject ?? `Lead from ${who}`)).slice(0, 200);
    try {
      const { deal, deliveries: dealDeliveries } = await prisma.$transaction((tx) =>
        createDealInTx(
          actor,
          { title, companyId: company?.companyId ?? null, contactIds: [contact.contactId], ownerId, leadScore: score, amount: budget?.amount ?? null, currency: budget?.currency ?? "USD" },
          { leadFields, sourceMessageId: messageId },
          tx,
        ),
      );
      deliveries.push(...dealDeliveries);
      result = { status: "created", dealId: deal.id };
      await notifyLeadOwner(actor, deal, facts.summary);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await prisma.deal.findUniqueOrThrow({ where: { workspaceId_sourceMessageId: { workspaceId, sourceMessageId: messageId } }, select: { id: true } });
      result = { status: "existing", dealId: winner.id };
    }
  }
  const found = Object.entries(facts.lead).filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`);
  await recordActivity({ ...actor, type: "AI" }, {
    type: "ai_action",
    title: `Lead detected (score ${score})`,
    body: found.length > 0 ? found.join("\n") : null,
    messageId,
    threadId: message.threadId,
    dedupeKey: `lead:${messageId}`,
    data: { leadScore: score, leadFields },
    occurredAt: message.receivedAt,
    links: [...links, { recordType: "deal", recordId: result.dealId! }],
  });
  await recordEmailActivity(actor, message, [...links, { recordType: "deal", recordId: result.dealId! }]);
  await dispatchWebhooks(workspaceId, deliveries);
  return { ...result, contactId: contact.contactId, companyId: company?.companyId ?? null };
}
