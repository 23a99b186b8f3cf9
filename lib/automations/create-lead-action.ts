import { createLeadFromEmail as createCrmLead } from "@/lib/crm/create-lead-from-email";
import type { ActionContext, ActionOutcome } from "./action-context";

/** The CRM's own lead creation (contact, company, deal, owner notified); idempotent per email. */
export async function createLeadFromEmail(ctx: ActionContext): Promise<ActionOutcome> {
  const lead = await createCrmLead({ workspaceId: ctx.workspaceId, messageId: ctx.message.id });
  if (lead.status === "skipped") return { status: "SKIPPED", note: `The CRM did not create a lead: ${lead.reason ?? "not a lead"}.` };
  return { status: "DONE", note: `Lead ${lead.status} in the CRM.`, result: { dealId: lead.dealId ?? null, contactId: lead.contactId ?? null } };
}
