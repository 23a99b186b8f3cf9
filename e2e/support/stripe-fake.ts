import Stripe from "stripe";
import { startFakeStripe, type FakeStripeServer } from "../../lib/billing/testing/fake-stripe-server";
import { stripeHostOptions } from "../../lib/billing/stripe-client";
import { syncStripeCatalog } from "../../lib/billing/sync-stripe-catalog";

/** Must match the STRIPE_* env playwright.config.ts gives the app under test. */
export const E2E_STRIPE = { port: 12111, secretKey: "sk_test_e2e", webhookSecret: "whsec_e2e_fikiri" } as const;

/**
 * The fake Stripe for end-to-end specs, on the port the app is configured
 * with, delivering webhooks to the app, with Fikiri's catalog synced in.
 */
export async function startE2eStripe(appBaseUrl: string): Promise<FakeStripeServer> {
  const fake = await startFakeStripe({ port: E2E_STRIPE.port, webhookUrl: `${appBaseUrl}/api/webhooks/stripe`, webhookSecret: E2E_STRIPE.webhookSecret });
  await syncStripeCatalog(new Stripe(E2E_STRIPE.secretKey, { ...stripeHostOptions(fake.url), maxNetworkRetries: 0 }));
  return fake;
}
