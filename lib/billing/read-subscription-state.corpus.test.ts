import { describe, expect, test } from "vitest";
import type Stripe from "stripe";
import { readSubscriptionState } from "./read-subscription-state";
import fs from "node:fs";
import { corpusPath } from "@/lib/testing/corpus-dir";

/** A recorded webhook envelope by its path under the corpus's stripe-webhooks/ folder. */
const stripeWebhookFixture = <T>(relativePath: string): T => JSON.parse(fs.readFileSync(corpusPath("stripe-webhooks", relativePath), "utf8")) as T;
const stripeResource = <T>(name: string): T =>
  structuredClone((stripeWebhookFixture<{ resources: Record<string, unknown> }>("stripe-openapi/fixtures3.json").resources[name] as T));

type Sub = Stripe.Subscription & { items: { data: { price: { lookup_key: string | null } }[] } };
const withLookupKey = (sub: Sub, key: string) => {
  sub.items.data[0]!.price.lookup_key = key;
  return sub;
};

describe("readSubscriptionState on recorded Stripe objects", () => {
  test("2020-08-27 shape (period on the subscription): stripe-ruby-mock fixture", () => {
    const sub = withLookupKey(stripeWebhookFixture<{ data: { object: Sub } }>("stripe-ruby-mock-webhook-fixtures/customer.subscription.updated.json").data.object, "fikiri_pro_year");
    expect(readSubscriptionState(sub)).toMatchObject({
      plan: "PRO",
      interval: "YEAR",
      status: "active",
      customerId: "cus_00000000000000",
      currentPeriodStart: new Date(1648320105 * 1000),
      currentPeriodEnd: new Date(1650998505 * 1000),
      cancelAtPeriodEnd: false,
    });
  });

  test("current shape (period on the items): stripe/openapi example object", () => {
    const sub = withLookupKey(stripeResource<Sub>("subscription"), "fikiri_business_month");
    sub.status = "trialing";
    const item = sub.items.data[0] as unknown as { current_period_start: number; current_period_end: number };
    expect(readSubscriptionState(sub)).toMatchObject({ plan: "BUSINESS", interval: "MONTH", currentPeriodStart: new Date(item.current_period_start * 1000), currentPeriodEnd: new Date(item.current_period_end * 1000) });
  });

  test("a price that is not ours, or a subscription that ended, means Free", () => {
    const foreign = stripeWebhookFixture<{ object: Sub }>("pay-rails-fixtures/subscription.updated.json").object;
    expect(readSubscriptionState(foreign)).toMatchObject({ plan: "FREE", status: "canceled" });
    const ended = withLookupKey(stripeResource<Sub>("subscription"), "fikiri_pro_month");
    ended.status = "canceled";
    expect(readSubscriptionState(ended).plan).toBe("FREE");
  });
});
