import { linkEmailToCrm } from "@/lib/crm/link-email-to-crm";
import { inngest } from "./client";

/** Feeds every triaged email into the CRM (contacts, companies, timeline, lead deals). Idempotent per message. */
export const crmLinkEmail = inngest.createFunction(
  {
    id: "crm-link-email",
    name: "CRM: link email",
    retries: 4,
    concurrency: { limit: 1, key: "event.data.workspaceId" },
    triggers: [{ event: "mail/message.triaged" }],
  },
  async ({ event, step }) => {
    const data = event.data as { workspaceId: string; messageId: string; route: "spam" | "automated" | "attention"; category: string; isLead: boolean };
    return step.run("link-email-to-crm", () => linkEmailToCrm(data));
  },
);
