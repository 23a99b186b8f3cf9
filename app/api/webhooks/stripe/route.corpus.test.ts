/**
 * Recorded Stripe webhook envelopes (the corpus's stripe-webhooks/ folder),
 * their objects pointed at the fake Stripe's ids, signed and delivered to the
 * route: the shapes Stripe really sent are accepted and processed.
 */
import fs from "node:fs";
import { NextRequest } from "next/server";
import Stripe from "stripe";
import { expect, test } from "vitest";
import * as inngestRoute from "@/app/api/inngest/route";
import { getBillingAccount } from "@/lib/billing/get-billing-account";
import { fakeSubscription, seedBillingWorkspace, setUpBillingTests, TEST_WEBHOOK_SECRET } from "@/lib/billing/testing/billing-test-env";
import { createJobExecutor } from "@/lib/jobs/job-executor";
import { handlerTransport } from "@/lib/jobs/job-transport";
import { localSigningKey } from "@/lib/jobs/local-signing-key";
import { fakeClock } from "@/lib/jobs/testing/fake-clock";
import { runUntilIdle } from "@/lib/jobs/testing/run-until-idle";
import { corpusPath } from "@/lib/testing/corpus-dir";
import { prisma } from "@/lib/db/prisma";
import { POST } from "./route";

const t = setUpBillingTests();
let seq = 0;

function recordedEvent(file: string, patch: Record<string, unknown>): string {
  const event = JSON.parse(fs.readFileSync(corpusPath("stripe-webhooks/stripe-ruby-mock-webhook-fixtures", file), "utf8")) as { id: string; data: { object: Record<string, unknown> } };
  event.id = `evt_corpus_${Date.now()}_${++seq}`;
  Object.assign(event.data.object, patch);
  return JSON.stringify(event);
}

async function deliver(body: string): Promise<number> {
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: TEST_WEBHOOK_SECRET });
  const req = new NextRequest("http://localhost/api/webhooks/stripe", { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body });
  return (await POST(req, { params: Promise.resolve({}) })).status;
}

test("recorded subscription, invoice and checkout envelopes are accepted and processed", async () => {
  const { workspaceId } = await seedBillingWorkspace();
  const { subscriptionId, customerId } = await fakeSubscription(t.fake, t.stripe, workspaceId, "PRO");
  for (const [file, patch] of [
    ["customer.subscription.created.json", { id: subscriptionId, customer: customerId, metadata: { workspaceId } }],
    ["invoice.paid.json", { subscription: subscriptionId, customer: customerId }],
    ["customer.subscription.updated.json", { id: subscriptionId, customer: customerId }],
  ] as const) {
    expect(await deliver(recordedEvent(file, patch)), file).toBe(200);
  }
  const clock = fakeClock();
  await runUntilIdle(createJobExecutor({ transport: handlerTransport(inngestRoute), appUrl: "http://localhost:3000", signingKey: localSigningKey(), clock: clock.now }), clock, 200);
  expect(await prisma.stripeEvent.count({ where: { workspaceId, processedAt: { not: null }, error: null } })).toBe(3);
  expect(await getBillingAccount(workspaceId)).toMatchObject({ plan: "PRO", stripeSubscriptionId: subscriptionId });
});
