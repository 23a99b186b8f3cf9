import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { receiveStripeWebhook } from "@/lib/billing/receive-stripe-webhook";

/** Stripe webhooks: verified on the raw body, stored by event id, processed by a job. */
export const POST = withRoute(async ({ req }) => {
  const result = await receiveStripeWebhook(await req.text(), req.headers.get("stripe-signature"));
  return NextResponse.json({ received: true, duplicate: result.duplicate });
});
