/**
 * Overage reports against a fake Stripe that behaves like the real meter API: events are validated after the
 * 200 (errors come back as thin events), identifiers are deduplicated for 24 hours only, and timestamps must be
 * within the past 35 days. The fake's clock and the app's `now` move together to cross those windows.
 */
import { afterEach, describe, expect, test } from "vitest";
import Stripe from "stripe";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { DAY_MS } from "./billing-period";
import { OVERAGE_METER_EVENT } from "./plans";
import { processStripeEvent } from "./process-stripe-event";
import { receiveStripeWebhook } from "./receive-stripe-webhook";
import { reconcileMeterUsage } from "./reconcile-meter-usage";
import { reportMeterEvent } from "./report-meter-event";
import { syncSubscription } from "./sync-subscription";
import { fakeSubscription, seedBillingWorkspace, setUpBillingTests, TEST_WEBHOOK_SECRET } from "./testing/billing-test-env";

const t = setUpBillingTests();
const OPS = "billing-ops@fikiri.test";
afterEach(() => {
  t.fake.setNow(undefined);
  for (const m of t.fake.store.meters.values()) m.status = "active";
});

async function paidWorkspace() {
  Object.assign(env, { BILLING_ALERT_EMAIL: OPS });
  const { workspaceId } = await seedBillingWorkspace();
  const { subscriptionId, customerId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "PRO");
  const account = (await syncSubscription(subscriptionId))!.account;
  return { workspaceId, customerId, account };
}
let seq = 0;
const newReport = (workspaceId: string, periodStart: Date, quantity: number, createdAt = new Date()) =>
  prisma.meterEventReport.create({ data: { identifier: `fk_ovg_test_${Date.now()}_${++seq}`, workspaceId, periodStart, eventName: OVERAGE_METER_EVENT, quantity, createdAt } });
/** Valid (counted) meter events Stripe holds for a customer. */
const counted = (customerId: string) => [...t.fake.store.meterEvents.values()].filter((e) => e.valid !== false && (e.payload as { stripe_customer_id: string }).stripe_customer_id === customerId);
/** Delivers the fake's pending meter error reports to the app as its event destination would, and processes them. */
async function deliverMeterErrors() {
  for (const thin of await t.fake.flushMeterErrors()) {
    const body = JSON.stringify(thin);
    const { eventId } = await receiveStripeWebhook(body, Stripe.webhooks.generateTestHeaderString({ payload: body, secret: TEST_WEBHOOK_SECRET }));
    await processStripeEvent(eventId);
  }
}
const alerts = () => prisma.outboxEmail.findMany({ where: { to: OPS }, orderBy: { createdAt: "asc" } });

describe("meter events are validated after the 200", () => {
  test("an unknown customer: the report is marked failed (never left as reported), operators alerted, re-reported once fixed", async () => {
    const { workspaceId, customerId, account } = await paidWorkspace();
    const alertsBefore = (await alerts()).length;
    await prisma.billingAccount.update({ where: { workspaceId }, data: { stripeCustomerId: "cus_deleted_in_stripe" } });
    const report = await newReport(workspaceId, account.currentPeriodStart, 9);
    expect(await reportMeterEvent(report.id)).toBe(true); // Stripe's 200: accepted for validation, not counted

    await deliverMeterErrors();
    const failed = await prisma.meterEventReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(failed).toMatchObject({ reportedAt: null, failedAt: expect.any(Date), error: expect.stringContaining("meter_event_customer_not_found") });
    const mail = (await alerts()).slice(alertsBefore);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain("No such customer");

    // Still broken: nothing is sent, the report stays failed.
    expect((await reconcileMeterUsage()).find((r) => r.workspaceId === workspaceId)).toMatchObject({ resent: 0, failed: 1 });
    // Fixed (the workspace points at its real customer again): reported once, under a new identifier.
    await prisma.billingAccount.update({ where: { workspaceId }, data: { stripeCustomerId: customerId } });
    expect((await reconcileMeterUsage()).find((r) => r.workspaceId === workspaceId)).toEqual({ workspaceId, local: 9, stripe: 9, resent: 1, confirmed: 0, failed: 0 });
    expect(counted(customerId).map((e) => e.identifier)).toEqual([`${report.identifier}_r1`]);
    expect(await prisma.meterEventReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ reportedAt: expect.any(Date), failedAt: null, resendCount: 1 });
  });

  test("no active meter for the event name (v1.billing.meter.no_meter_found): failed until the meter is back", async () => {
    const { workspaceId, customerId, account } = await paidWorkspace();
    const meter = [...t.fake.store.meters.values()].find((m) => m.event_name === OVERAGE_METER_EVENT)!;
    meter.status = "inactive";
    const report = await newReport(workspaceId, account.currentPeriodStart, 4);
    expect(await reportMeterEvent(report.id)).toBe(true);
    await deliverMeterErrors();
    expect(await prisma.meterEventReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ reportedAt: null, error: expect.stringContaining("no_meter") });
    expect(t.fake.thinEvents.at(-1)).toMatchObject({ type: "v1.billing.meter.no_meter_found" });
    expect((await reconcileMeterUsage()).find((r) => r.workspaceId === workspaceId)).toMatchObject({ resent: 0, failed: 1 });

    meter.status = "active";
    expect((await reconcileMeterUsage()).find((r) => r.workspaceId === workspaceId)).toMatchObject({ local: 4, stripe: 4, resent: 1, failed: 0 });
    expect(counted(customerId)).toHaveLength(1);
  });
});

describe("Stripe's identifier (24 h) and timestamp (35 days) windows", () => {
  test("a lost response resent by the daily reconciliation more than 24 h later is not billed twice", async () => {
    const { workspaceId, customerId, account } = await paidWorkspace();
    const report = await newReport(workspaceId, account.currentPeriodStart, 12);
    t.fake.loseResponses(3); // the first try and the SDK's two retries all reach Stripe; no answer comes back
    expect(await reportMeterEvent(report.id)).toBe(false);
    expect(counted(customerId)).toHaveLength(1);
    expect(await prisma.meterEventReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ reportedAt: null, firstSentAt: expect.any(Date) });

    const later = new Date(Date.now() + DAY_MS + 3_600_000); // Stripe has forgotten the identifier by now
    t.fake.setNow(() => later.getTime());
    const result = (await reconcileMeterUsage(later)).find((r) => r.workspaceId === workspaceId);
    expect(result).toEqual({ workspaceId, local: 12, stripe: 12, resent: 0, confirmed: 1, failed: 0 });
    expect(counted(customerId)).toHaveLength(1);
    expect(await prisma.meterEventReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ reportedAt: later });
  });

  test("a report that never reached Stripe is still sent after 24 h (the summary shows it missing)", async () => {
    const { workspaceId, customerId, account } = await paidWorkspace();
    const report = await newReport(workspaceId, account.currentPeriodStart, 5);
    await prisma.meterEventReport.update({ where: { id: report.id }, data: { firstSentAt: new Date(), error: "ECONNRESET" } });
    const later = new Date(Date.now() + DAY_MS + 3_600_000);
    t.fake.setNow(() => later.getTime());
    expect((await reconcileMeterUsage(later)).find((r) => r.workspaceId === workspaceId)).toMatchObject({ local: 5, stripe: 5, resent: 1, confirmed: 0 });
    expect(counted(customerId)).toHaveLength(1);
  });

  test("usage older than 35 days is not dropped silently: marked failed with the reason, operators alerted, nothing sent", async () => {
    const { workspaceId, customerId, account } = await paidWorkspace();
    const alertsBefore = (await alerts()).length;
    const report = await newReport(workspaceId, account.currentPeriodStart, 3, new Date(Date.now() - 36 * DAY_MS));
    const result = (await reconcileMeterUsage()).find((r) => r.workspaceId === workspaceId);
    expect(result).toMatchObject({ resent: 0, failed: 1 });
    expect(await prisma.meterEventReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ reportedAt: null, failedAt: expect.any(Date), error: expect.stringContaining("35-day") });
    expect((await alerts()).slice(alertsBefore).map((m) => m.subject)).toEqual([expect.stringContaining("too old")]);
    expect(counted(customerId)).toHaveLength(0);
  });

  test("the fake refuses timestamps outside the window, as Stripe does", async () => {
    const { customerId } = await paidWorkspace();
    const now = Math.floor(Date.now() / 1000);
    for (const timestamp of [now - 36 * 86_400, now + 600]) {
      await expect(t.stripe.billing.meterEvents.create({ event_name: OVERAGE_METER_EVENT, identifier: `w-${timestamp}`, timestamp, payload: { stripe_customer_id: customerId, value: "1" } })).rejects.toMatchObject({ statusCode: 400 });
    }
  });
});
