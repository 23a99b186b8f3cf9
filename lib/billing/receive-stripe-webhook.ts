import Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { inngest } from "@/inngest/client";

export const STRIPE_EVENT_RECEIVED = "billing/stripe.event.received";
const MAX_BODY_BYTES = 1_000_000;
/** The SDK's default tolerance (seconds); it applies it to old timestamps only. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * The SDK refuses a signature older than the tolerance but accepts one from any
 * future moment, so a captured signature minted with a far-future `t=` would stay
 * replayable for as long as it says. Both directions get the same window here.
 */
function refuseFutureTimestamp(signature: string, now = Date.now()): void {
  const t = /(?:^|,)\s*t=(\d+)/.exec(signature)?.[1];
  if (t !== undefined && Number(t) - Math.floor(now / 1000) > SIGNATURE_TOLERANCE_SECONDS) {
    throw new AppError("bad_request", "Invalid Stripe signature: Timestamp outside the tolerance zone");
  }
}

function isThinEvent(rawBody: string): boolean {
  try {
    return (JSON.parse(rawBody) as { object?: unknown }).object === "v2.core.event";
  } catch {
    return false;
  }
}

function customerOf(event: Stripe.Event): string | null {
  const object = event.data.object as { customer?: string | { id: string } | null; object?: string; id?: string };
  if (object.object === "customer") return object.id ?? null;
  return typeof object.customer === "string" ? object.customer : (object.customer?.id ?? null);
}

/** The workspace an event is about when it says so (checkout reference, subscription metadata) or its customer is known. */
async function workspaceOf(event: Stripe.Event, customerId: string | null): Promise<string | null> {
  const object = event.data.object as { client_reference_id?: string | null; metadata?: Record<string, string> | null };
  const named = object.client_reference_id ?? object.metadata?.workspaceId;
  if (named && (await prisma.workspace.count({ where: { id: named } }))) return named;
  if (!customerId) return null;
  return (await prisma.billingAccount.findUnique({ where: { stripeCustomerId: customerId }, select: { workspaceId: true } }))?.workspaceId ?? null;
}

/**
 * Verifies a Stripe webhook on its raw body, stores the event by id and hands
 * it to the billing-process-stripe-event job. A delivery of an event already
 * processed changes nothing; one stored but not yet processed is handed over
 * again (the job's event id makes that a single run).
 */
export async function receiveStripeWebhook(rawBody: string, signature: string | null): Promise<{ eventId: string; duplicate: boolean }> {
  if (!env.STRIPE_WEBHOOK_SECRET) throw new AppError("bad_request", "Stripe webhooks are not configured on this server (STRIPE_WEBHOOK_SECRET is unset).");
  if (!signature) throw new AppError("bad_request", "Missing Stripe-Signature header.");
  if (Buffer.byteLength(rawBody) > MAX_BODY_BYTES) throw new AppError("payload_too_large", "The webhook body is too large.");
  refuseFutureTimestamp(signature);
  const thin = isThinEvent(rawBody);
  let event: Stripe.Event;
  try {
    if (thin) {
      // Thin (v2) events come from an event destination with its own secret; the SDK's constructEvent refuses them.
      Stripe.webhooks.signature!.verifyHeader(rawBody, signature, env.STRIPE_THIN_WEBHOOK_SECRET ?? env.STRIPE_WEBHOOK_SECRET, SIGNATURE_TOLERANCE_SECONDS);
      const parsed = JSON.parse(rawBody) as { id: string; type: string; related_object?: unknown };
      // Stored in the v1 shape the job reads; the object is the related one (a meter), the data is fetched when processed.
      event = { id: parsed.id, type: parsed.type, object: "event", data: { object: { object: "v2.core.event", related_object: parsed.related_object ?? null } } } as unknown as Stripe.Event;
    } else {
      event = Stripe.webhooks.constructEvent(rawBody, signature, env.STRIPE_WEBHOOK_SECRET, SIGNATURE_TOLERANCE_SECONDS);
    }
  } catch (error) {
    throw new AppError("bad_request", `Invalid Stripe signature: ${(error as Error).message}`);
  }
  if (typeof event.id !== "string" || typeof event.type !== "string" || !event.data?.object) throw new AppError("bad_request", "The body is not a Stripe event.");

  const customerId = customerOf(event);
  const workspaceId = await workspaceOf(event, customerId);
  const existing = await prisma.stripeEvent.findUnique({ where: { id: event.id }, select: { processedAt: true } });
  if (existing?.processedAt) return { eventId: event.id, duplicate: true };
  if (!existing) {
    await prisma.stripeEvent.createMany({ data: [{ id: event.id, type: event.type, workspaceId, payload: event as unknown as Prisma.InputJsonValue }], skipDuplicates: true });
  }
  await inngest.send({ id: `stripe-${event.id}`, name: STRIPE_EVENT_RECEIVED, data: { eventId: event.id, type: event.type, customerId: customerId ?? "none", ...(workspaceId ? { workspaceId } : {}) } });
  return { eventId: event.id, duplicate: Boolean(existing) };
}
