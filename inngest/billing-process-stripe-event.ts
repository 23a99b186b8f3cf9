import { processStripeEvent } from "@/lib/billing/process-stripe-event";
import { STRIPE_EVENT_RECEIVED } from "@/lib/billing/receive-stripe-webhook";
import { inngest } from "./client";

/**
 * Applies one stored Stripe event. Events of one customer run one at a time,
 * and each handler re-reads the subscription from Stripe before writing.
 */
export const billingProcessStripeEvent = inngest.createFunction(
  { id: "billing-process-stripe-event", name: "Billing: process Stripe event", retries: 5, concurrency: { limit: 1, key: "event.data.customerId" }, triggers: [{ event: STRIPE_EVENT_RECEIVED }] },
  async ({ event, step }) => step.run("process", () => processStripeEvent(String(event.data.eventId))),
);
