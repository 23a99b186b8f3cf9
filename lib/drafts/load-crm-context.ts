import { prisma } from "@/lib/db/prisma";
import { getContactRecord } from "@/lib/crm/get-crm-record";

/**
 * What the CRM knows about the sender, as a few plain lines for the drafter:
 * who they are, their company and their deals' stages. Internal notes are
 * deliberately left out: they are not for the customer's eyes.
 */
export async function loadCrmContext(workspaceId: string, senderEmail: string | null): Promise<string | null> {
  if (!senderEmail) return null;
  const link = await prisma.contactEmail.findFirst({ where: { workspaceId, email: senderEmail.toLowerCase() }, select: { contactId: true } });
  if (!link) return null;
  const { contact, deals } = await getContactRecord(workspaceId, link.contactId);
  const lines = [
    `Contact: ${contact.name}${contact.title ? `, ${contact.title}` : ""}${contact.company ? ` at ${contact.company.name}` : ""}`,
    contact.tags.length ? `Tags: ${contact.tags.join(", ")}` : null,
    ...deals.slice(0, 5).map((d) => `Deal: ${d.title} (stage ${d.stage.name}${d.amount != null ? `, ${d.amount} ${d.currency ?? ""}`.trimEnd() : ""})`),
  ];
  return lines.filter(Boolean).join("\n");
}
