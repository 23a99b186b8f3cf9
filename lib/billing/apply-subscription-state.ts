import type { BillingAccount } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { DAY_MS, calendarMonthOf } from "./billing-period";
import { getBillingAccount } from "./get-billing-account";
import { LIVE_STATUSES, type SubscriptionState } from "./read-subscription-state";

/** Subscriptions that are over for good; any other status can still become active. */
export const ENDED_STATUSES = new Set(["canceled", "incomplete_expired"]);

/** Days a workspace keeps its paid plan after a failed payment before moving to Free. */
export const GRACE_DAYS = 7;

export interface AppliedState {
  account: BillingAccount;
  changed: boolean;
  dunningStarted: boolean;
  recovered: boolean;
}

const AUDITED = ["plan", "interval", "status", "stripeSubscriptionId", "cancelAtPeriodEnd", "dunningState", "trialEnd", "currentPeriodStart", "currentPeriodEnd"] as const;
const snapshot = (a: BillingAccount) => Object.fromEntries(AUDITED.map((k) => [k, a[k] instanceof Date ? (a[k] as Date).toISOString() : a[k]]));

/**
 * Writes what Stripe says about a subscription onto the workspace's billing
 * account. Callers always pass state re-read from Stripe, so applying it is
 * idempotent and the order webhooks arrive in does not matter. Starts the
 * dunning grace period on the first past_due and ends it on recovery.
 */
export async function applySubscriptionState(workspaceId: string, state: SubscriptionState, now = new Date()): Promise<AppliedState> {
  const before = await getBillingAccount(workspaceId, now);
  const live = LIVE_STATUSES.has(state.status);
  // A late event about an ended subscription must not undo a newer, live one.
  if (!live && before.stripeSubscriptionId && before.stripeSubscriptionId !== state.subscriptionId) return { account: before, changed: false, dunningStarted: false, recovered: false };

  const dunningStarted = state.status === "past_due" && before.dunningState === "NONE";
  const recovered = (state.status === "active" || state.status === "trialing") && before.dunningState !== "NONE";
  const dunning = dunningStarted
    ? { dunningState: "GRACE" as const, pastDueSince: now, graceEndsAt: new Date(now.getTime() + GRACE_DAYS * DAY_MS), dunningEmailsSent: 0, lastDunningEmailAt: null }
    : recovered
      ? { dunningState: "NONE" as const, pastDueSince: null, graceEndsAt: null, dunningEmailsSent: 0, lastDunningEmailAt: null }
      : {};
  const downgraded = (dunning.dunningState ?? before.dunningState) === "DOWNGRADED";
  const month = calendarMonthOf(now);
  const data = live
    ? {
        stripeCustomerId: state.customerId,
        stripeSubscriptionId: state.subscriptionId,
        plan: downgraded ? ("FREE" as const) : state.plan,
        interval: state.interval,
        status: state.status,
        trialEnd: state.trialEnd,
        currentPeriodStart: state.currentPeriodStart,
        currentPeriodEnd: state.currentPeriodEnd,
        cancelAtPeriodEnd: state.cancelAtPeriodEnd,
        ...dunning,
      }
    : {
        stripeCustomerId: state.customerId,
        // paused, unpaid and incomplete subscriptions still exist (they resume or get paid): keep the link, so no second
        // subscription is started beside them; canceled and incomplete_expired ones are over.
        stripeSubscriptionId: ENDED_STATUSES.has(state.status) ? null : state.subscriptionId,
        plan: "FREE" as const,
        interval: null,
        status: state.status,
        trialEnd: null,
        cancelAtPeriodEnd: false,
        pastDueSince: null,
        graceEndsAt: null,
        // Out of grace either way: unpaid means Stripe gave up collecting (like our own downgrade), anything else ends dunning.
        dunningState: before.dunningState === "DOWNGRADED" || state.status === "unpaid" ? ("DOWNGRADED" as const) : ("NONE" as const),
        // Keep the period if Free already had one running; a paid period ends with the subscription.
        ...(before.plan === "FREE" ? {} : { currentPeriodStart: month.start, currentPeriodEnd: month.end }),
      };

  return prisma.$transaction(async (tx) => {
    const account = await tx.billingAccount.update({ where: { workspaceId }, data });
    const changed = JSON.stringify(snapshot(before)) !== JSON.stringify(snapshot(account));
    if (changed) {
      await recordAudit({ workspaceId, actor: {}, action: "billing.subscription_changed", target: { type: "subscription", id: state.subscriptionId }, before: snapshot(before), after: snapshot(account) }, tx);
    }
    return { account, changed, dunningStarted, recovered };
  });
}
