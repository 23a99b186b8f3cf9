import { describe, expect, test } from "vitest";
import type Stripe from "stripe";
import { readSubscriptionState } from "./read-subscription-state";
import { stripeObjectTemplate } from "./testing/stripe-object-templates";

type Sub = Stripe.Subscription & { items: { data: { price: { lookup_key: string | null } }[] } };
type Item = { current_period_start?: number; current_period_end?: number; price: { lookup_key: string | null; recurring: { interval: string } } };

function subscription(lookupKey: string | null, patch: Record<string, unknown> = {}): Sub {
  const sub = Object.assign(stripeObjectTemplate<Sub>("subscription"), { customer: "cus_Plumb01", status: "active" }, patch);
  const item = sub.items.data[0] as unknown as Item;
  item.price.lookup_key = lookupKey;
  Object.assign(item, { current_period_start: 1_767_225_600, current_period_end: 1_769_904_000 });
  return sub;
}

describe("readSubscriptionState across API versions", () => {
  test("2020-08-27 shape: the period on the subscription, none on the item", () => {
    const sub = subscription("fikiri_pro_year", { current_period_start: 1_735_689_600, current_period_end: 1_767_225_600 });
    const item = sub.items.data[0] as unknown as Item;
    delete item.current_period_start;
    delete item.current_period_end;
    item.price.recurring.interval = "year";
    expect(readSubscriptionState(sub)).toMatchObject({
      plan: "PRO",
      interval: "YEAR",
      status: "active",
      customerId: "cus_Plumb01",
      currentPeriodStart: new Date(1_735_689_600 * 1000),
      currentPeriodEnd: new Date(1_767_225_600 * 1000),
      cancelAtPeriodEnd: false,
    });
  });

  test("current shape: the period on the items", () => {
    const sub = subscription("fikiri_business_month", { status: "trialing" });
    expect(readSubscriptionState(sub)).toMatchObject({ plan: "BUSINESS", interval: "MONTH", status: "trialing", currentPeriodStart: new Date(1_767_225_600 * 1000), currentPeriodEnd: new Date(1_769_904_000 * 1000) });
  });

  test("a price that is not ours, or a subscription that ended, means Free", () => {
    expect(readSubscriptionState(subscription("someone_elses_price", { status: "canceled" }))).toMatchObject({ plan: "FREE", status: "canceled" });
    expect(readSubscriptionState(subscription(null)).plan).toBe("FREE");
    expect(readSubscriptionState(subscription("fikiri_pro_month", { status: "canceled" })).plan).toBe("FREE");
  });
});
