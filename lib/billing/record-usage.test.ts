import { describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { getAiAllowance } from "./get-ai-allowance";
import { recordUsage } from "./record-usage";
import { syncSubscription } from "./sync-subscription";
import { PLANS } from "./plans";
import { checkPlanCapacity } from "./check-plan-capacity";
import { fakeSubscription, seedBillingWorkspace, setUpBillingTests } from "./testing/billing-test-env";

const t = setUpBillingTests();

const outboxFor = (email: string) => prisma.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
/** Brings the period's emails_processed counter to exactly `target` with one usage event. */
async function useUpTo(workspaceId: string, target: number, key: string) {
  const allowance = await getAiAllowance(workspaceId);
  return recordUsage({ workspaceId, metric: "emails_processed", quantity: target - allowance.used, idempotencyKey: key });
}

describe("recordUsage", () => {
  test("counts each idempotency key once, also under concurrency", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    const calls = Array.from({ length: 20 }, (_, i) => recordUsage({ workspaceId, metric: "llm_tokens", quantity: 100, idempotencyKey: `tok-${i % 10}` }));
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.recorded)).toHaveLength(10);
    const counter = await prisma.usageCounter.findFirstOrThrow({ where: { workspaceId, metric: "llm_tokens" } });
    expect(Number(counter.value)).toBe(1000);
    expect(await recordUsage({ workspaceId, metric: "llm_tokens", quantity: 100, idempotencyKey: "tok-3" })).toEqual({ recorded: false, value: 1000 });
  });

  test("rejects unknown metrics and negative quantities", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    await expect(recordUsage({ workspaceId, metric: "bogus" as never, quantity: 1, idempotencyKey: "x" })).rejects.toThrow();
    await expect(recordUsage({ workspaceId, metric: "drafts", quantity: -1, idempotencyKey: "y" })).rejects.toThrow();
  });
});

describe("limits at 79/80/100/101 % of the quota", () => {
  test("Free (no overage): warnings at 80 % and 100 % emailed once, AI paused at 100 % with a reason", async () => {
    const { workspaceId, owner } = await seedBillingWorkspace();
    const quota = PLANS.FREE.emailsPerMonth;

    await useUpTo(workspaceId, (quota * 79) / 100, "a");
    expect(await getAiAllowance(workspaceId)).toMatchObject({ allowed: true, reason: "ok", percent: 79 });
    expect(await outboxFor(owner.email)).toHaveLength(0);

    await useUpTo(workspaceId, (quota * 80) / 100, "b");
    expect(await getAiAllowance(workspaceId)).toMatchObject({ allowed: true, reason: "near_limit", percent: 80 });
    await recordUsage({ workspaceId, metric: "emails_processed", quantity: 1, idempotencyKey: "b2" });
    const warned = await outboxFor(owner.email);
    expect(warned.map((m) => m.subject)).toEqual([expect.stringContaining("used 80%")]);

    await useUpTo(workspaceId, quota, "c");
    const full = await getAiAllowance(workspaceId);
    expect(full).toMatchObject({ allowed: false, reason: "quota_reached", percent: 100, used: quota, limit: quota });
    expect(full.message).toContain("Mail is still stored and triaged by rules");

    await useUpTo(workspaceId, (quota * 101) / 100, "d");
    expect(await getAiAllowance(workspaceId)).toMatchObject({ allowed: false, reason: "quota_reached", percent: 101 });
    const mails = await outboxFor(owner.email);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining("used 80%"), expect.stringContaining("used 100%")]);
    expect(mails[1]!.text).toContain("AI triage and drafting are paused");
    expect(await prisma.meterEventReport.count({ where: { workspaceId } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { workspaceId, action: "billing.usage_threshold" } })).toBe(2);
  });

  test("drafts have their own quota (purpose: draft)", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    await recordUsage({ workspaceId, metric: "drafts", quantity: PLANS.FREE.aiDraftsPerMonth, idempotencyKey: "drafts" });
    expect(await getAiAllowance(workspaceId, { purpose: "draft" })).toMatchObject({ allowed: false, reason: "quota_reached" });
    expect(await getAiAllowance(workspaceId)).toMatchObject({ allowed: true, percent: 0 });
  });

  test("Pro (overage): AI continues past 100 % and each unit over is reported once to the Stripe meter", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    const { subscriptionId, customerId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "PRO");
    await syncSubscription(subscriptionId);
    const quota = PLANS.PRO.emailsPerMonth;

    await useUpTo(workspaceId, (quota * 79) / 100, "p1");
    await useUpTo(workspaceId, quota, "p2");
    expect(await getAiAllowance(workspaceId)).toMatchObject({ allowed: true, reason: "overage", percent: 100 });
    expect(await prisma.meterEventReport.count({ where: { workspaceId } })).toBe(0);

    await useUpTo(workspaceId, (quota * 101) / 100, "p3");
    await recordUsage({ workspaceId, metric: "emails_processed", quantity: 5, idempotencyKey: "p4" });
    await recordUsage({ workspaceId, metric: "emails_processed", quantity: 5, idempotencyKey: "p4" });
    expect(await getAiAllowance(workspaceId)).toMatchObject({ allowed: true, reason: "overage", percent: 101 });
    const reports = await prisma.meterEventReport.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } });
    expect(reports.map((r) => r.quantity)).toEqual([quota / 100, 5]);
    expect(reports.every((r) => r.reportedAt)).toBe(true);
    const sent = [...t.fake.store.meterEvents.values()].filter((e) => (e.payload as { stripe_customer_id: string }).stripe_customer_id === customerId);
    expect(sent.reduce((sum, e) => sum + Number((e.payload as { value: string }).value), 0)).toBe(quota / 100 + 5);
  });

  test("a plan change mid-period keeps the period's usage and applies the new quota at once", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    const { subscriptionId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "STARTER");
    await syncSubscription(subscriptionId);
    await useUpTo(workspaceId, PLANS.STARTER.emailsPerMonth, "s1");
    expect(await getAiAllowance(workspaceId)).toMatchObject({ allowed: false, reason: "quota_reached" });

    const sub = await t.stripe.subscriptions.retrieve(subscriptionId);
    const [pro] = (await t.stripe.prices.list({ lookup_keys: ["fikiri_pro_month"] })).data;
    await t.stripe.subscriptions.update(subscriptionId, { items: [{ id: sub.items.data[0]!.id, price: pro!.id }] });
    await syncSubscription(subscriptionId);

    const after = await getAiAllowance(workspaceId);
    expect(after).toMatchObject({ allowed: true, used: PLANS.STARTER.emailsPerMonth, limit: PLANS.PRO.emailsPerMonth, percent: 20 });
    expect(await prisma.auditLog.count({ where: { workspaceId, action: "billing.subscription_changed" } })).toBe(2);
  });
});

describe("checkPlanCapacity (seats and mailboxes, counted live)", () => {
  test("Free has one seat: the owner fills it, an upgrade makes room", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    expect(await checkPlanCapacity(workspaceId, "seats")).toMatchObject({ allowed: false, used: 1, limit: 1, message: expect.stringContaining("Upgrade") });
    expect(await checkPlanCapacity(workspaceId, "mailboxes")).toMatchObject({ allowed: true, used: 0, limit: 1 });
    const { subscriptionId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "STARTER");
    await syncSubscription(subscriptionId);
    expect(await checkPlanCapacity(workspaceId, "seats")).toMatchObject({ allowed: true, used: 1, limit: PLANS.STARTER.seats });
  });
});
