import { describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { ensureStripeCustomer } from "./ensure-stripe-customer";
import { seedBillingWorkspace, setUpBillingTests } from "./testing/billing-test-env";

const t = setUpBillingTests();
const customersOf = (workspaceId: string) => [...t.fake.store.customers.values()].filter((c) => (c.metadata as Record<string, string>).workspaceId === workspaceId);

describe("idempotency keys, as Stripe enforces them", () => {
  test("the fake replays a key's first result and refuses the key with other parameters", async () => {
    const key = `idem-${Date.now()}`;
    const first = await t.stripe.customers.create({ name: "A", metadata: { workspaceId: key } }, { idempotencyKey: key });
    const again = await t.stripe.customers.create({ name: "A", metadata: { workspaceId: key } }, { idempotencyKey: key });
    expect(again.id).toBe(first.id);
    expect(customersOf(key)).toHaveLength(1);
    await expect(t.stripe.customers.create({ name: "B", metadata: { workspaceId: key } }, { idempotencyKey: key })).rejects.toMatchObject({ type: "StripeIdempotencyError", statusCode: 400 });
  });

  test("a customer whose creation lost its response is created once even if the workspace is renamed before the retry", async () => {
    const { workspaceId } = await seedBillingWorkspace("Before Rename Ltd");
    t.fake.loseResponses(3); // the create reaches Stripe (and the SDK's retries too); no answer comes back
    await expect(ensureStripeCustomer(workspaceId)).rejects.toThrow();
    expect(customersOf(workspaceId)).toHaveLength(1);

    await prisma.workspace.update({ where: { id: workspaceId }, data: { name: "After Rename Ltd" } });
    const customerId = await ensureStripeCustomer(workspaceId);
    expect(customersOf(workspaceId).map((c) => c.id)).toEqual([customerId]);
    expect(t.fake.store.customers.get(customerId)).toMatchObject({ name: "After Rename Ltd" });
  });
});
