import { afterAll, beforeAll } from "vitest";
import Stripe from "stripe";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import type { BillingInterval, BillingPlan } from "@/generated/prisma/enums";
import { seedUser, seedWorkspace } from "@/lib/auth/testing/seed-user";
import { env } from "@/lib/env";
import { stripeHostOptions } from "../stripe-client";
import { syncStripeCatalog } from "../sync-stripe-catalog";
import { overageLookupKey, PLANS, priceLookupKey } from "../plans";
import { startFakeStripe, type FakeStripeServer } from "./fake-stripe-server";

export const TEST_WEBHOOK_SECRET = "whsec_test_fikiri";

/** The fake Stripe with the catalog synced, and the app's env pointed at it. */
export async function startBillingTestEnv(): Promise<{ fake: FakeStripeServer; stripe: Stripe }> {
  const fake = await startFakeStripe({ webhookSecret: TEST_WEBHOOK_SECRET });
  Object.assign(env, { STRIPE_SECRET_KEY: "sk_test_fikiri", STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, STRIPE_API_BASE_URL: fake.url });
  const stripe = new Stripe("sk_test_fikiri", { ...stripeHostOptions(fake.url), maxNetworkRetries: 0 });
  await syncStripeCatalog(stripe);
  return { fake, stripe };
}

/** A workspace with an owner (whose email receives billing mail). */
export async function seedBillingWorkspace(name = "Billing Co") {
  const workspace = await seedWorkspace(name);
  const owner = await seedUser({ workspaceId: workspace.id, role: "OWNER" });
  return { workspaceId: workspace.id, owner };
}

/** Creates a subscription in the fake the way a completed Checkout would (metadata names the workspace). */
export async function fakeSubscription(fake: FakeStripeServer, stripe: Stripe, workspaceId: string, plan: BillingPlan, options: { interval?: BillingInterval; trialDays?: number } = {}) {
  const customer = await stripe.customers.create({ metadata: { workspaceId } });
  const keys = [priceLookupKey(plan, options.interval ?? "MONTH"), ...(PLANS[plan].overage ? [overageLookupKey(plan)] : [])];
  const prices = await stripe.prices.list({ lookup_keys: keys });
  const ordered = keys.map((k) => prices.data.find((p) => p.lookup_key === k)!.id);
  const subscription = fake.store.createSubscription(customer.id, ordered, options.trialDays ?? 0, { workspaceId });
  return { customerId: customer.id, subscriptionId: subscription.id, subscription };
}

/**
 * Registers the usual hooks of a billing test file: its own database made the
 * app's, the fake Stripe with the catalog synced. Read fake/stripe inside tests.
 */
export function setUpBillingTests(): { fake: FakeStripeServer; stripe: Stripe } {
  const ctx = {} as { db?: TestDatabase; fake: FakeStripeServer; stripe: Stripe };
  beforeAll(async () => {
    ctx.db = await createTestDatabase();
    useAsAppDatabase(ctx.db);
    Object.assign(ctx, await startBillingTestEnv());
  }, 120_000);
  afterAll(async () => {
    await ctx.fake?.close();
    await ctx.db?.drop();
  });
  return ctx;
}
