import { describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { DAY_MS, calendarMonthOf } from "./billing-period";
import { getAiAllowance } from "./get-ai-allowance";
import { getBillingAccount } from "./get-billing-account";
import { overageIdentifier } from "./handle-quota-usage";
import { OVERAGE_METER_EVENT, PLANS } from "./plans";
import { reconcileMeterUsage } from "./reconcile-meter-usage";
import { recordUsage } from "./record-usage";
import { rolloverPeriods } from "./rollover-periods";
import { runDunning } from "./run-dunning";
import { syncSubscription } from "./sync-subscription";
import { fakeSubscription, seedBillingWorkspace, setUpBillingTests } from "./testing/billing-test-env";

const t = setUpBillingTests();

const subjects = async (email: string) => (await prisma.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } })).map((m) => m.subject);

describe("dunning", () => {
  test("reminds during the grace period, then downgrades to Free (data kept) and cancels the unpaid subscription", async () => {
    const { workspaceId, owner } = await seedBillingWorkspace();
    const { subscriptionId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "PRO");
    t.fake.store.subscriptions.get(subscriptionId)!.status = "past_due";
    const failedAt = new Date();
    await syncSubscription(subscriptionId);
    await recordUsage({ workspaceId, metric: "emails_processed", quantity: 150, idempotencyKey: `d-${workspaceId}` });
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "PRO", dunningState: "GRACE" });

    expect(await runDunning(new Date(failedAt.getTime() + DAY_MS))).toMatchObject({ reminded: 0, downgraded: 0 });
    expect(await runDunning(new Date(failedAt.getTime() + 3 * DAY_MS))).toMatchObject({ reminded: 1 });
    expect(await runDunning(new Date(failedAt.getTime() + 3 * DAY_MS + 1000))).toMatchObject({ reminded: 0 });
    expect(await runDunning(new Date(failedAt.getTime() + 8 * DAY_MS))).toMatchObject({ downgraded: 1 });

    const account = await getBillingAccount(workspaceId);
    expect(account).toMatchObject({ plan: "FREE", dunningState: "DOWNGRADED" });
    expect(t.fake.store.subscriptions.get(subscriptionId)!.status).toBe("canceled");
    expect(await prisma.usageEvent.count({ where: { workspaceId } })).toBe(1);
    expect(await getAiAllowance(workspaceId)).toMatchObject({ limit: PLANS.FREE.emailsPerMonth });
    expect(await subjects(owner.email)).toEqual([expect.stringContaining("Payment failed"), expect.stringContaining("Reminder: payment failed"), expect.stringContaining("moved to the Free plan")]);
    expect(await prisma.auditLog.count({ where: { workspaceId, action: "billing.downgraded" } })).toBe(1);

    // The cancellation's webhook arrives later: the account stays on Free and remembers why.
    await syncSubscription(subscriptionId);
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "FREE", status: "canceled", dunningState: "DOWNGRADED", stripeSubscriptionId: null });
  });

  test("trial-ending reminder once per trial", async () => {
    const { workspaceId, owner } = await seedBillingWorkspace();
    const { subscriptionId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "STARTER", { trialDays: 2 });
    await syncSubscription(subscriptionId);
    expect((await runDunning()).trialReminders).toBeGreaterThanOrEqual(1);
    await runDunning();
    expect(await subjects(owner.email)).toEqual([expect.stringContaining("trial ends soon")]);
  });
});

describe("period rollover", () => {
  test("a Free account whose month ended moves to the current month; old usage stays in its period", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    const lastMonth = new Date(Date.now() - 40 * DAY_MS);
    await getBillingAccount(workspaceId, lastMonth);
    await recordUsage({ workspaceId, metric: "drafts", quantity: 7, idempotencyKey: `old-${workspaceId}`, occurredAt: lastMonth });
    const before = await prisma.billingAccount.findUniqueOrThrow({ where: { workspaceId } });
    expect(before.currentPeriodEnd.getTime()).toBeLessThan(Date.now());

    expect((await rolloverPeriods()).free).toBeGreaterThanOrEqual(1);
    const after = await prisma.billingAccount.findUniqueOrThrow({ where: { workspaceId } });
    expect(after.currentPeriodStart).toEqual(calendarMonthOf(new Date()).start);
    expect(after.currentPeriodEnd.getTime()).toBeGreaterThan(Date.now());
    expect(await getAiAllowance(workspaceId, { purpose: "draft" })).toMatchObject({ used: 0 });
    expect(await prisma.usageCounter.count({ where: { workspaceId, periodStart: before.currentPeriodStart } })).toBe(1);
  });
});

describe("daily reconciliation with Stripe's meter", () => {
  test("resends unacknowledged overage reports once and then agrees with Stripe's summary", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    const { subscriptionId, customerId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "BUSINESS");
    const account = (await syncSubscription(subscriptionId))!.account;
    await prisma.meterEventReport.create({ data: { identifier: overageIdentifier(`lost-${workspaceId}`), workspaceId, periodStart: account.currentPeriodStart, eventName: OVERAGE_METER_EVENT, quantity: 12, error: "ECONNRESET" } });

    const first = (await reconcileMeterUsage()).find((r) => r.workspaceId === workspaceId);
    expect(first).toEqual({ workspaceId, local: 12, stripe: 12, resent: 1, confirmed: 0, failed: 0 });
    const second = (await reconcileMeterUsage()).find((r) => r.workspaceId === workspaceId);
    expect(second).toEqual({ workspaceId, local: 12, stripe: 12, resent: 0, confirmed: 0, failed: 0 });
    expect([...t.fake.store.meterEvents.values()].filter((e) => (e.payload as { stripe_customer_id: string }).stripe_customer_id === customerId)).toHaveLength(1);
  });
});
