import type Stripe from "stripe";
import type { BillingInterval, BillingPlan } from "@/generated/prisma/enums";
import { planFromLookupKey } from "./plans";

export interface SubscriptionState {
  subscriptionId: string;
  customerId: string;
  plan: BillingPlan;
  interval: BillingInterval | null;
  status: string;
  trialEnd: Date | null;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
}

/** Statuses in which the subscription's plan is in force (past_due: during the grace period). */
export const LIVE_STATUSES = new Set(["trialing", "active", "past_due"]);

const toDate = (seconds: number | null | undefined) => (typeof seconds === "number" ? new Date(seconds * 1000) : null);

/**
 * The plan and period a Stripe subscription stands for. The period is read
 * from the subscription (older API versions) or its licensed item (newer
 * ones, where it moved to items); the plan from the item's price lookup key.
 */
export function readSubscriptionState(sub: Stripe.Subscription): SubscriptionState {
  const items = sub.items?.data ?? [];
  const planned = items.map((item) => ({ item, plan: planFromLookupKey(item.price?.lookup_key) })).find((x) => x.plan);
  const item = planned?.item ?? items[0];
  const legacy = sub as unknown as { current_period_start?: number; current_period_end?: number };
  const start = toDate(legacy.current_period_start ?? item?.current_period_start) ?? new Date(sub.created * 1000);
  const end = toDate(legacy.current_period_end ?? item?.current_period_end) ?? start;
  const live = LIVE_STATUSES.has(sub.status);
  return {
    subscriptionId: sub.id,
    customerId: typeof sub.customer === "string" ? sub.customer : sub.customer.id,
    plan: live && planned?.plan ? planned.plan.plan : "FREE",
    interval: planned?.plan?.interval ?? null,
    status: sub.status,
    trialEnd: toDate(sub.trial_end),
    currentPeriodStart: start,
    currentPeriodEnd: end,
    cancelAtPeriodEnd: Boolean(sub.cancel_at_period_end),
  };
}
