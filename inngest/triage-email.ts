import { NonRetriableError, type Inngest } from "inngest";
import { recordUsage } from "@/lib/billing/record-usage";
import { isBackfillMessage } from "@/lib/mail/is-backfill-message";
import { triageStoredMessage } from "@/lib/triage/triage-stored-message";
import { inngest } from "./client";

/**
 * Triages each stored email once (rules -> local classifier -> LLM) and
 * announces the verdict. New mail counts against the plan's AI quota; mail
 * the backfill imported does not (it is triaged without the LLM). A redelivered event finds the stored verdict and
 * re-sends the same event id, which the event layer deduplicates.
 */
export function defineTriageEmail(client: Inngest) {
  return client.createFunction(
    {
      id: "triage-email",
      name: "Triage email",
      retries: 3,
      concurrency: { limit: 2, key: "event.data.workspaceId" },
      triggers: [{ event: "mail/message.stored" }],
    },
    async ({ event, step }) => {
      const { workspaceId, messageId } = event.data as { workspaceId: string; mailboxId?: string; messageId: string };
      const triage = await step.run("triage", async () => {
        const row = await triageStoredMessage(workspaceId, messageId);
        if (!row) throw new NonRetriableError(`Message ${messageId} not found in workspace ${workspaceId}`);
        return { route: row.route, category: row.category, isLead: row.isLead, decidedBy: row.decidedBy, llmCalled: row.llmModel !== null };
      });
      await step.run("record-usage", async () => {
        if (await isBackfillMessage(workspaceId, messageId)) return { counted: false };
        await recordUsage({ workspaceId, metric: "emails_processed", quantity: 1, idempotencyKey: `emails_processed-${messageId}` });
        return { counted: true };
      });
      await step.sendEvent("announce-triaged", {
        name: "mail/message.triaged",
        id: `triaged-${messageId}`,
        data: { workspaceId, messageId, route: triage.route, category: triage.category, isLead: triage.isLead },
      });
      return triage;
    },
  );
}

export const triageEmailFunction = defineTriageEmail(inngest);
