/**
 * Stripe webhooks end to end: event bodies in Stripe's documented shape (ids pointed at objects of
 * the fake Stripe) signed with the SDK's test-header helper, POSTed to the
 * route, processed by the job through /api/inngest and the local executor.
 */
import { describe, expect, test } from "vitest";
import { NextRequest } from "next/server";
import Stripe from "stripe";
import { prisma } from "@/lib/db/prisma";
import { createJobExecutor } from "@/lib/jobs/job-executor";
import { handlerTransport } from "@/lib/jobs/job-transport";
import { localSigningKey } from "@/lib/jobs/local-signing-key";
import { fakeClock } from "@/lib/jobs/testing/fake-clock";
import { runUntilIdle } from "@/lib/jobs/testing/run-until-idle";
import * as inngestRoute from "@/app/api/inngest/route";
import { POST } from "./route";
import { getBillingAccount } from "@/lib/billing/get-billing-account";
import { recordUsage } from "@/lib/billing/record-usage";
import { fakeSubscription, seedBillingWorkspace, setUpBillingTests, TEST_WEBHOOK_SECRET } from "@/lib/billing/testing/billing-test-env";
import { stripeObjectTemplate } from "@/lib/billing/testing/stripe-object-templates";

const t = setUpBillingTests();

let seq = 0;

const OBJECT_OF_EVENT: [RegExp, string][] = [[/^customer\.subscription\./, "subscription"], [/^invoice\./, "invoice"], [/^checkout\.session\./, "checkout.session"]];

/** An event envelope as Stripe documents it (docs.stripe.com/api/events/object), its object pointed at the fake's ids. */
function fixtureEvent(type: string, patch: Record<string, unknown>): string {
  const objectName = OBJECT_OF_EVENT.find(([re]) => re.test(type))![1];
  const event = stripeObjectTemplate<{ id: string; type: string; created: number; api_version: string; data: { object: Record<string, unknown> } }>("event");
  Object.assign(event, { id: `evt_test_${Date.now()}_${++seq}`, type, created: Math.floor(Date.now() / 1000), api_version: Stripe.API_VERSION });
  event.data.object = Object.assign(stripeObjectTemplate(objectName), patch);
  return JSON.stringify(event);
}

async function deliver(body: string, secret = TEST_WEBHOOK_SECRET) {
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret });
  const req = new NextRequest("http://localhost/api/webhooks/stripe", { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body });
  const res = await POST(req, { params: Promise.resolve({}) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function drainJobs() {
  const clock = fakeClock();
  const executor = createJobExecutor({ transport: handlerTransport(inngestRoute), appUrl: "http://localhost:3000", signingKey: localSigningKey(), clock: clock.now });
  await runUntilIdle(executor, clock, 200);
}

const stateOf = async (workspaceId: string) => {
  const a = await getBillingAccount(workspaceId);
  return { plan: a.plan, interval: a.interval, status: a.status, sub: a.stripeSubscriptionId, start: a.currentPeriodStart.toISOString(), end: a.currentPeriodEnd.toISOString(), cancel: a.cancelAtPeriodEnd, dunning: a.dunningState };
};

describe("POST /api/webhooks/stripe", () => {
  test("a bad signature is a 400 and changes nothing", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    const { subscriptionId, customerId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "PRO");
    const before = await stateOf(workspaceId);
    const body = fixtureEvent("customer.subscription.updated", { id: subscriptionId, customer: customerId });

    const wrongSecret = await deliver(body, "whsec_not_the_secret");
    expect(wrongSecret.status).toBe(400);
    expect(wrongSecret.json).toMatchObject({ error: { code: "bad_request", message: expect.stringContaining("signature") } });
    const tampered = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: TEST_WEBHOOK_SECRET });
    const res = await POST(new NextRequest("http://localhost/api/webhooks/stripe", { method: "POST", headers: { "stripe-signature": tampered }, body: body.replace("active", "canceled") }), { params: Promise.resolve({}) });
    expect(res.status).toBe(400);
    const unsigned = await POST(new NextRequest("http://localhost/api/webhooks/stripe", { method: "POST", body }), { params: Promise.resolve({}) });
    expect(unsigned.status).toBe(400);

    await drainJobs();
    expect(await prisma.stripeEvent.count({ where: { payload: { path: ["data", "object", "id"], equals: subscriptionId } } })).toBe(0);
    expect(await stateOf(workspaceId)).toEqual(before);
  });

  test("a duplicate delivery is acknowledged and processed once", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    const { subscriptionId, customerId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "PRO", { interval: "YEAR" });
    const body = fixtureEvent("customer.subscription.updated", { id: subscriptionId, customer: customerId });
    const eventId = (JSON.parse(body) as { id: string }).id;

    expect(await deliver(body)).toMatchObject({ status: 200, json: { received: true, duplicate: false } });
    await drainJobs();
    expect(await stateOf(workspaceId)).toMatchObject({ plan: "PRO", interval: "YEAR", status: "active", sub: subscriptionId });
    const audits = await prisma.auditLog.count({ where: { workspaceId } });

    expect(await deliver(body)).toMatchObject({ status: 200, json: { received: true, duplicate: true } });
    await drainJobs();
    expect(await prisma.stripeEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ workspaceId, error: null, processedAt: expect.any(Date) });
    expect(await prisma.jobRun.count({ where: { functionId: { endsWith: "billing-process-stripe-event" }, event: { path: ["data", "eventId"], equals: eventId } } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { workspaceId } })).toBe(audits);
  });

  test("reordered and repeated deliveries reach the same final state as in-order ones", async () => {
    const final: unknown[] = [];
    for (const order of [
      ["created", "paid", "updated"],
      ["updated", "paid", "created", "updated", "created"],
    ]) {
      const { workspaceId } = await seedBillingWorkspace();
      const { subscriptionId, customerId, subscription } = await fakeSubscription(t.fake, t.stripe, workspaceId, "STARTER");
      // The events describe the subscription as it was then (Starter), but Stripe has since moved it to Pro and cancel-at-period-end.
      const created = fixtureEvent("customer.subscription.created", { id: subscriptionId, customer: customerId, metadata: { workspaceId }, status: "active" });
      const paid = fixtureEvent("invoice.paid", { subscription: subscriptionId, customer: customerId });
      const [pro] = (await t.stripe.prices.list({ lookup_keys: ["fikiri_pro_month"] })).data;
      await t.stripe.subscriptions.update(subscriptionId, { items: [{ id: (subscription.items as { data: { id: string }[] }).data[0]!.id, price: pro!.id }], cancel_at_period_end: true });
      const updated = fixtureEvent("customer.subscription.updated", { id: subscriptionId, customer: customerId });
      const bodies = { created, paid, updated };
      for (const name of order) expect((await deliver(bodies[name as keyof typeof bodies])).status).toBe(200);
      await drainJobs();
      const { sub: _sub, start, end, ...state } = await stateOf(workspaceId);
      const item = (t.fake.store.subscriptions.get(subscriptionId)!.items as { data: { current_period_start: number; current_period_end: number }[] }).data[0]!;
      expect([start, end]).toEqual([new Date(item.current_period_start * 1000).toISOString(), new Date(item.current_period_end * 1000).toISOString()]);
      final.push(state);
    }
    expect(final[0]).toMatchObject({ plan: "PRO", status: "active", cancel: true });
    expect(final[1]).toEqual(final[0]);
  });

  test("checkout.session.completed links the subscription to the workspace named by client_reference_id", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    const customer = await t.stripe.customers.create({});
    const [business] = (await t.stripe.prices.list({ lookup_keys: ["fikiri_business_month"] })).data;
    const sub = t.fake.store.createSubscription(customer.id, [business!.id], 14, {});
    const body = fixtureEvent("checkout.session.completed", { mode: "subscription", subscription: sub.id, customer: customer.id, client_reference_id: workspaceId });
    expect((await deliver(body)).status).toBe(200);
    await drainJobs();
    expect(await stateOf(workspaceId)).toMatchObject({ plan: "BUSINESS", status: "trialing", sub: sub.id });
    expect((await getBillingAccount(workspaceId)).trialEnd).toEqual(new Date(Number(sub.trial_end) * 1000));
  });

  test("a failed payment starts dunning (grace, email, audit); paying ends it", async () => {
    const { workspaceId, owner } = await seedBillingWorkspace();
    const { subscriptionId, customerId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "PRO");
    t.fake.store.subscriptions.get(subscriptionId)!.status = "past_due";
    expect((await deliver(fixtureEvent("invoice.payment_failed", { subscription: subscriptionId, customer: customerId }))).status).toBe(200);
    await drainJobs();
    const account = await getBillingAccount(workspaceId);
    expect(account).toMatchObject({ plan: "PRO", status: "past_due", dunningState: "GRACE" });
    expect(account.graceEndsAt!.getTime() - account.pastDueSince!.getTime()).toBe(7 * 86_400_000);
    expect(await prisma.outboxEmail.findMany({ where: { to: owner.email } })).toEqual([expect.objectContaining({ subject: expect.stringContaining("Payment failed") })]);
    expect(await prisma.auditLog.count({ where: { workspaceId, action: "billing.payment_failed" } })).toBe(1);

    t.fake.store.subscriptions.get(subscriptionId)!.status = "active";
    expect((await deliver(fixtureEvent("invoice.paid", { subscription: subscriptionId, customer: customerId }))).status).toBe(200);
    await drainJobs();
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "PRO", status: "active", dunningState: "NONE", graceEndsAt: null });
  });

  test("trial_will_end emails the owners once, however often it is delivered", async () => {
    const { workspaceId, owner } = await seedBillingWorkspace();
    const { subscriptionId, customerId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "STARTER", { trialDays: 3 });
    for (let i = 0; i < 2; i++) expect((await deliver(fixtureEvent("customer.subscription.trial_will_end", { id: subscriptionId, customer: customerId }))).status).toBe(200);
    await drainJobs();
    expect((await prisma.outboxEmail.findMany({ where: { to: owner.email } })).map((m) => m.subject)).toEqual([expect.stringContaining("trial ends soon")]);
  });

  test("a deleted subscription moves the workspace to Free and keeps its usage rows", async () => {
    const { workspaceId } = await seedBillingWorkspace();
    const { subscriptionId, customerId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "PRO");
    await deliver(fixtureEvent("customer.subscription.created", { id: subscriptionId, customer: customerId }));
    await drainJobs();
    await recordUsage({ workspaceId, metric: "emails_processed", quantity: 3, idempotencyKey: `kept-${workspaceId}` });
    await t.stripe.subscriptions.cancel(subscriptionId);
    await deliver(fixtureEvent("customer.subscription.deleted", { id: subscriptionId, customer: customerId }));
    await drainJobs();
    expect(await stateOf(workspaceId)).toMatchObject({ plan: "FREE", status: "canceled", sub: null });
    expect(await prisma.usageEvent.count({ where: { workspaceId } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { workspaceId, action: "billing.subscription_changed" } })).toBe(2);
  });
});
