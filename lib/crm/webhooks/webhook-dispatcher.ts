import { inngest } from "@/inngest/client";

/**
 * Hands queued deliveries to whatever delivers them. The default sends one
 * Inngest event per delivery (inngest/crm-deliver-webhook.ts retries with
 * backoff); tests or another transport can install their own.
 */
export interface WebhookDispatcher {
  dispatch(workspaceId: string, deliveryIds: string[]): Promise<void>;
}

const inngestDispatcher: WebhookDispatcher = {
  async dispatch(workspaceId, deliveryIds) {
    if (deliveryIds.length === 0) return;
    await inngest.send(deliveryIds.map((deliveryId) => ({ name: "crm/webhook.delivery", id: `webhook-${deliveryId}`, data: { workspaceId, deliveryId } })));
  },
};

let current: WebhookDispatcher = inngestDispatcher;

export function setWebhookDispatcher(dispatcher: WebhookDispatcher | null): void {
  current = dispatcher ?? inngestDispatcher;
}

export function dispatchWebhooks(workspaceId: string, deliveryIds: string[]): Promise<void> {
  return current.dispatch(workspaceId, deliveryIds);
}
