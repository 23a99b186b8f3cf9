import { prisma } from "@/lib/db/prisma";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import { categoryForStatus, toOutboundError } from "@/lib/security/outbound/outbound-error";
import { safeFetch } from "@/lib/security/outbound/safe-fetch";
import { signWebhook } from "./sign-webhook";

export class WebhookDeliveryError extends Error {}

/**
 * One attempt at delivering a queued webhook: POST the event as JSON with
 * Standard Webhooks signature headers through the outbound guard (public
 * addresses only, pinned, no redirects, 10 s, 64 KiB answer). 2xx marks it
 * delivered; anything else records the status and a short category (never the
 * remote error text) and throws so the job retries with backoff.
 * Already-delivered deliveries are not sent again. `allowPrivate` defaults to OUTBOUND_ALLOW_PRIVATE.
 */
export async function deliverWebhook(workspaceId: string, deliveryId: string, options: { allowPrivate?: boolean } = {}): Promise<{ status: string; code?: number }> {
  const delivery = await prisma.outgoingWebhookDelivery.findFirst({ where: { id: deliveryId, workspaceId }, include: { endpoint: true, event: true } });
  if (!delivery) return { status: "missing" };
  if (delivery.status === "delivered") return { status: "delivered" };
  if (!delivery.endpoint.enabled) {
    await prisma.outgoingWebhookDelivery.update({ where: { id: deliveryId }, data: { status: "failed", lastError: "endpoint_disabled" } });
    return { status: "failed" };
  }
  const body = JSON.stringify({ type: delivery.event.type, timestamp: delivery.event.createdAt.toISOString(), data: delivery.event.payload });
  let code: number | undefined;
  let error: string | null = null;
  try {
    const res = await safeFetch(delivery.endpoint.url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Fikiri-Webhooks/1", ...signWebhook(decryptSecret(delivery.endpoint.secretEnc), delivery.event.id, body) },
      body,
      allowPrivate: options.allowPrivate,
      timeoutMs: 10_000,
      maxBytes: 64 * 1024,
    });
    code = res.status;
    error = categoryForStatus(res.status);
  } catch (e) {
    error = toOutboundError(e).category;
  }
  await prisma.outgoingWebhookDelivery.update({
    where: { id: deliveryId },
    data: { attempts: { increment: 1 }, lastStatusCode: code ?? null, lastError: error, ...(error ? {} : { status: "delivered", deliveredAt: new Date() }) },
  });
  if (error) throw new WebhookDeliveryError(`Webhook delivery ${deliveryId} failed: ${code ? `HTTP ${code} ` : ""}${error}`);
  return { status: "delivered", code };
}

/** After the last retry: the delivery stays in the log as failed. */
export async function markDeliveryFailed(workspaceId: string, deliveryId: string): Promise<void> {
  await prisma.outgoingWebhookDelivery.updateMany({ where: { id: deliveryId, workspaceId, status: "pending" }, data: { status: "failed" } });
}
