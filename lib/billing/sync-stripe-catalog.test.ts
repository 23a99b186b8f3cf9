import { afterAll, beforeAll, describe, expect, test } from "vitest";
import Stripe from "stripe";
import { startFakeStripe, type FakeStripeServer } from "./testing/fake-stripe-server";
import { stripeHostOptions } from "./stripe-client";
import { syncStripeCatalog } from "./sync-stripe-catalog";
import { PLANS, priceLookupKey } from "./plans";

let fake: FakeStripeServer;
let stripe: Stripe;
beforeAll(async () => {
  fake = await startFakeStripe();
  stripe = new Stripe("sk_test_fake", { ...stripeHostOptions(fake.url), maxNetworkRetries: 0 });
});
afterAll(() => fake.close());

describe("npm run stripe:sync (syncStripeCatalog)", () => {
  test("first run creates the meter, 3 products and 8 prices; a second run creates and updates nothing", async () => {
    const first = await syncStripeCatalog(stripe);
    expect(first.created).toHaveLength(1 + 3 + 3 * 2 + 2);
    expect(first.updated).toEqual([]);
    const createsBefore = fake.requests.filter((r) => r.startsWith("POST")).length;

    const second = await syncStripeCatalog(stripe);
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.unchanged).toHaveLength(first.created.length);
    expect(fake.requests.filter((r) => r.startsWith("POST")).length).toBe(createsBefore);

    const prices = await stripe.prices.list({ lookup_keys: [priceLookupKey("PRO", "MONTH")] });
    expect(prices.data[0]).toMatchObject({ unit_amount: PLANS.PRO.monthlyPriceCents, recurring: { interval: "month" }, product: "fikiri_pro" });
  });

  test("a changed price amount creates a new price that takes over the lookup key and deactivates the old one", async () => {
    const original = PLANS.STARTER.monthlyPriceCents;
    PLANS.STARTER.monthlyPriceCents = original + 100;
    try {
      const report = await syncStripeCatalog(stripe);
      expect(report.created).toEqual([]);
      expect(report.updated).toEqual(["price fikiri_starter_month"]);
      const current = await stripe.prices.list({ lookup_keys: ["fikiri_starter_month"] });
      expect(current.data).toHaveLength(1);
      expect(current.data[0]!.unit_amount).toBe(original + 100);
      expect([...fake.store.prices.values()].filter((p) => p.product === "fikiri_starter" && p.active === false)).toHaveLength(1);
    } finally {
      PLANS.STARTER.monthlyPriceCents = original;
    }
  });
});
