import { deliverWebhook, markDeliveryFailed } from "@/lib/crm/webhooks/deliver-webhook";
import { inngest } from "./client";

/** Delivers one outgoing webhook (Standard Webhooks signature), retried with backoff; the log shows the outcome. */
export const crmDeliverWebhook = inngest.createFunction(
  {
    id: "crm-deliver-webhook",
    name: "CRM: deliver webhook",
    retries: 6,
    triggers: [{ event: "crm/webhook.delivery" }],
    onFailure: async ({ event }) => {
      const data = event.data.event.data as { workspaceId: string; deliveryId: string };
      await markDeliveryFailed(data.workspaceId, data.deliveryId);
    },
  },
  async ({ event, step }) => {
    const { workspaceId, deliveryId } = event.data as { workspaceId: string; deliveryId: string };
    return step.run("deliver", () => deliverWebhook(workspaceId, deliveryId));
  },
);
