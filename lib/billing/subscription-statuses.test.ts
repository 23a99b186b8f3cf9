/**
 * Subscription statuses and modes the happy path never shows, as Stripe produces them: incomplete and
 * incomplete_expired (first payment), unpaid (collection given up), paused (trial ended without a payment
 * method), cancellation at the period's end from the portal, and archived prices.
 */
import { describe, expect, test } from "vitest";
import Stripe from "stripe";
import { prisma } from "@/lib/db/prisma";
import { actorFor } from "@/lib/testing/create-test-member";
import { getBillingAccount } from "./get-billing-account";
import { openBillingPortal } from "./open-billing-portal";
import { processStripeEvent } from "./process-stripe-event";
import { receiveStripeWebhook } from "./receive-stripe-webhook";
import { runDunning } from "./run-dunning";
import { startCheckout } from "./start-checkout";
import { syncStripeCatalog } from "./sync-stripe-catalog";
import { syncSubscription } from "./sync-subscription";
import { fakeSubscription, seedBillingWorkspace, setUpBillingTests, TEST_WEBHOOK_SECRET } from "./testing/billing-test-env";

const t = setUpBillingTests();

async function subscribed(plan: "STARTER" | "PRO" = "PRO") {
  const { workspaceId, owner } = await seedBillingWorkspace();
  const { subscriptionId } = await fakeSubscription(t.fake, t.stripe, workspaceId, plan);
  await syncSubscription(subscriptionId);
  return { workspaceId, owner, subscriptionId, actor: actorFor(workspaceId, owner.id, "OWNER") };
}
const setStatus = async (subscriptionId: string, status: string) => {
  t.fake.store.subscriptions.get(subscriptionId)!.status = status;
  return syncSubscription(subscriptionId);
};
async function feedEvents(from: number) {
  for (const { body } of t.fake.events.slice(from)) {
    const { eventId } = await receiveStripeWebhook(body, Stripe.webhooks.generateTestHeaderString({ payload: body, secret: TEST_WEBHOOK_SECRET }));
    await processStripeEvent(eventId);
  }
}

describe("statuses Stripe can report", () => {
  test("incomplete: Free until the first payment succeeds, no second Checkout meanwhile, then the plan", async () => {
    const { workspaceId, subscriptionId, actor } = await subscribed();
    await setStatus(subscriptionId, "incomplete");
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "FREE", status: "incomplete", stripeSubscriptionId: subscriptionId });
    await expect(startCheckout(actor, { plan: "PRO", interval: "MONTH" })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("incomplete") });
    await setStatus(subscriptionId, "active");
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "PRO", status: "active" });
  });

  test("incomplete_expired: Free and over, so a new Checkout may start", async () => {
    const { workspaceId, subscriptionId, actor } = await subscribed();
    await setStatus(subscriptionId, "incomplete_expired");
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "FREE", status: "incomplete_expired", stripeSubscriptionId: null });
    await expect(startCheckout(actor, { plan: "PRO", interval: "MONTH" })).resolves.toMatchObject({ url: expect.stringContaining("/checkout/") });
  });

  test("unpaid after past_due: downgraded to Free, out of grace (no reminders without an end date), paid again restores the plan", async () => {
    const { workspaceId, owner, subscriptionId } = await subscribed();
    await setStatus(subscriptionId, "past_due");
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "PRO", dunningState: "GRACE" });
    await setStatus(subscriptionId, "unpaid");
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "FREE", status: "unpaid", dunningState: "DOWNGRADED", stripeSubscriptionId: subscriptionId, graceEndsAt: null });
    await runDunning(new Date(Date.now() + 3 * 86_400_000));
    const subjects = (await prisma.outboxEmail.findMany({ where: { to: owner.email } })).map((m) => m.subject);
    expect(subjects.filter((s) => s.includes("Reminder"))).toEqual([]);
    await setStatus(subscriptionId, "active");
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "PRO", status: "active", dunningState: "NONE" });
  });

  test("paused (trial ended without a payment method): Free, Checkout refused (resume instead), resuming restores the plan", async () => {
    const { workspaceId, subscriptionId, actor } = await subscribed("STARTER");
    await setStatus(subscriptionId, "paused");
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "FREE", status: "paused", stripeSubscriptionId: subscriptionId });
    await expect(startCheckout(actor, { plan: "STARTER", interval: "MONTH" })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("resume") });
    await setStatus(subscriptionId, "active");
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "STARTER", status: "active" });
  });
});

describe("modes", () => {
  test("cancel at the period's end from the portal: the plan stays until then, flagged; the deletion at the end moves to Free", async () => {
    const { workspaceId, subscriptionId, actor } = await subscribed();
    t.fake.setPortalCancelMode("at_period_end");
    try {
      const { url } = await openBillingPortal(actor);
      const before = t.fake.events.length;
      expect((await fetch(`${url}/cancel`, { redirect: "manual" })).status).toBe(303);
      await feedEvents(before);
    } finally {
      t.fake.setPortalCancelMode("immediately");
    }
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "PRO", status: "active", cancelAtPeriodEnd: true, stripeSubscriptionId: subscriptionId });
    const before = t.fake.events.length;
    await t.fake.emit("customer.subscription.deleted", t.fake.store.cancelSubscription(subscriptionId));
    await feedEvents(before);
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "FREE", status: "canceled", cancelAtPeriodEnd: false });
  });

  test("an archived price is not offered: Checkout says the catalog needs a sync, and works after it", async () => {
    const { workspaceId, owner } = await seedBillingWorkspace();
    const actor = actorFor(workspaceId, owner.id, "OWNER");
    const [price] = (await t.stripe.prices.list({ lookup_keys: ["fikiri_starter_month"] })).data;
    await t.stripe.prices.update(price!.id, { active: false });
    expect((await t.stripe.prices.list({ lookup_keys: ["fikiri_starter_month"], active: true })).data).toEqual([]);
    await expect(startCheckout(actor, { plan: "STARTER", interval: "MONTH" })).rejects.toMatchObject({ code: "unavailable", message: expect.stringContaining("stripe:sync") });
    await syncStripeCatalog(t.stripe);
    await expect(startCheckout(actor, { plan: "STARTER", interval: "MONTH" })).resolves.toMatchObject({ url: expect.any(String) });
  });
});
