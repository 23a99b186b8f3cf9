import { prisma } from "@/lib/db/prisma";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import { assertPublicUrl } from "./assert-public-url";
import { signWebhook } from "./sign-webhook";

export class WebhookDeliveryError extends Error {}

/**
 * One attempt at delivering a queued webhook: POST the event as JSON with
 * Standard Webhooks signature headers, 10 s timeout. 2xx marks it delivered;
 * anything else records the status and throws so the job retries with
 * backoff. Already-delivered deliveries are not sent again.
 */
export async function deliverWebhook(workspaceId: string, deliveryId: string, options: { allowPrivate?: boolean } = {}): Promise<{ status: string; code?: number }> {
  const delivery = await prisma.outgoingWebhookDelivery.findFirst({ where: { id: deliveryId, workspaceId }, include: { endpoint: true, event: true } });
  if (!delivery) return { status: "missing" };
  if (delivery.status === "delivered") return { status: "delivered" };
  if (!delivery.endpoint.enabled) {
    await prisma.outgoingWebhookDelivery.update({ where: { id: deliveryId }, data: { status: "failed", lastError: "Endpoint disabled" } });
    return { status: "failed" };
  }
  const body = JSON.stringify({ type: delivery.event.type, timestamp: delivery.event.createdAt.toISOString(), data: delivery.event.payload });
  let code: number | undefined;
  let error: string | null = null;
  try {
    if (!options.allowPrivate) await assertPublicUrl(delivery.endpoint.url);
    const res = await fetch(delivery.endpoint.url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Fikiri-Webhooks/1", ...signWebhook(decryptSecret(delivery.endpoint.secretEnc), delivery.event.id, body) },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    code = res.status;
    if (!res.ok) error = `HTTP ${res.status}`;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  await prisma.outgoingWebhookDelivery.update({
    where: { id: deliveryId },
    data: { attempts: { increment: 1 }, lastStatusCode: code ?? null, lastError: error, ...(error ? {} : { status: "delivered", deliveredAt: new Date() }) },
  });
  if (error) throw new WebhookDeliveryError(`Webhook delivery ${deliveryId} failed: ${error}`);
  return { status: "delivered", code };
}

/** After the last retry: the delivery stays in the log as failed. */
export async function markDeliveryFailed(workspaceId: string, deliveryId: string): Promise<void> {
  await prisma.outgoingWebhookDelivery.updateMany({ where: { id: deliveryId, workspaceId, status: "pending" }, data: { status: "failed" } });
}
