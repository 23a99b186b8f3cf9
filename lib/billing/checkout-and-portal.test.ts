import { describe, expect, test } from "vitest";
import Stripe from "stripe";
import { prisma } from "@/lib/db/prisma";
import { actorFor } from "@/lib/testing/create-test-member";
import { getBillingAccount } from "./get-billing-account";
import { listInvoices } from "./list-invoices";
import { openBillingPortal } from "./open-billing-portal";
import { processStripeEvent } from "./process-stripe-event";
import { receiveStripeWebhook } from "./receive-stripe-webhook";
import { startCheckout } from "./start-checkout";
import { seedBillingWorkspace, setUpBillingTests, TEST_WEBHOOK_SECRET } from "./testing/billing-test-env";

const t = setUpBillingTests();

/** Opens a page of the fake (Checkout or Portal) and feeds the webhooks it emitted through the real receive + process path. */
async function visit(url: string): Promise<string | null> {
  const before = t.fake.events.length;
  const res = await fetch(url, { redirect: "manual" });
  expect(res.status, await res.clone().text()).toBe(303);
  for (const { body } of t.fake.events.slice(before)) {
    const { eventId } = await receiveStripeWebhook(body, Stripe.webhooks.generateTestHeaderString({ payload: body, secret: TEST_WEBHOOK_SECRET }));
    await processStripeEvent(eventId);
  }
  return res.headers.get("location");
}

describe("Checkout, Customer Portal and invoices against the fake Stripe", () => {
  test("trial via Checkout, upgrade in the portal, invoices listed, cancellation; a second subscription gets no trial", async () => {
    const { workspaceId, owner } = await seedBillingWorkspace();
    const actor = actorFor(workspaceId, owner.id, "OWNER");

    const { url } = await startCheckout(actor, { plan: "PRO", interval: "MONTH" });
    const session = [...t.fake.store.checkoutSessions.values()].find((s) => s.client_reference_id === workspaceId)!;
    expect(url).toBe(`${t.fake.url}/checkout/${session.id}`);
    expect(session).toMatchObject({ mode: "subscription", subscription_data_request: { trial_period_days: "14", metadata: { workspaceId, plan: "PRO" } } });
    expect((session.line_items_request as unknown[]).length).toBe(2);
    expect(await visit(`${url}/complete`)).toMatch(/\/billing\?checkout=success$/);
    const trialing = await getBillingAccount(workspaceId);
    expect(trialing).toMatchObject({ plan: "PRO", status: "trialing", stripeCustomerId: session.customer });
    expect(trialing.trialEnd!.getTime() - Date.now()).toBeGreaterThan(13 * 86_400_000);
    await expect(startCheckout(actor, { plan: "STARTER" })).rejects.toMatchObject({ code: "conflict" });

    const portal = await openBillingPortal(actor);
    const business = [...t.fake.store.prices.values()].find((p) => p.lookup_key === "fikiri_business_year")!;
    expect(await visit(`${portal.url}/switch?price=${business.id}`)).toMatch(/\/billing\?portal=returned$/);
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "BUSINESS", interval: "YEAR" });

    const invoices = await listInvoices(workspaceId);
    expect(invoices).toEqual([expect.objectContaining({ number: expect.stringMatching(/^FAKE-/), status: "paid", amountPaid: 0 })]);

    await visit(`${(await openBillingPortal(actor)).url}/cancel`);
    expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "FREE", status: "canceled", stripeSubscriptionId: null });
    await startCheckout(actor, { plan: "STARTER", interval: "YEAR" });
    const again = [...t.fake.store.checkoutSessions.values()].filter((s) => s.client_reference_id === workspaceId).at(-1)!;
    expect(again.subscription_data_request).not.toHaveProperty("trial_period_days");
    expect(again.customer).toBe(session.customer);

    const actions = (await prisma.auditLog.findMany({ where: { workspaceId }, select: { action: true } })).map((a) => a.action);
    expect(actions.filter((a) => a === "billing.checkout_started")).toHaveLength(2);
    expect(actions.filter((a) => a === "billing.portal_opened")).toHaveLength(2);
    expect(actions.filter((a) => a === "billing.subscription_changed").length).toBeGreaterThanOrEqual(3);
  });

  test("the portal needs a Stripe customer first", async () => {
    const { workspaceId, owner } = await seedBillingWorkspace();
    await expect(openBillingPortal(actorFor(workspaceId, owner.id, "OWNER"))).rejects.toMatchObject({ code: "conflict" });
    expect(await listInvoices(workspaceId)).toEqual([]);
  });
});
