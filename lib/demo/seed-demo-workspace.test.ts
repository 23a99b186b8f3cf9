import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkPlanCapacity } from "@/lib/billing/check-plan-capacity";
import { prisma } from "@/lib/db/prisma";
import { saveConnectedMailbox } from "@/lib/mailboxes/save-connected-mailbox";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { seedDemoWorkspace } from "./seed-demo-workspace";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

function mailboxInput(workspaceId: string, emailAddress: string) {
  return { workspaceId, emailAddress, connectedById: null, refreshToken: "1//demo", accessToken: null, accessTokenExpiresAt: null, scopes: [], audit: { userId: null } };
}

describe("the demo workspace's plan", () => {
  test("is Pro as a local trial (no Stripe customer): room for the second demo mailbox and invited members", async () => {
    const demo = await seedDemoWorkspace(prisma);
    expect(await prisma.billingAccount.findUniqueOrThrow({ where: { workspaceId: demo.workspaceId } })).toMatchObject({
      plan: "PRO",
      status: "trialing",
      stripeCustomerId: null,
      stripeSubscriptionId: null,
      trialEnd: null,
    });
    // The e2e specs connect inbox@ and sales@ and invite one member: both fit.
    await saveConnectedMailbox(mailboxInput(demo.workspaceId, "inbox@fikiri.local"));
    await saveConnectedMailbox(mailboxInput(demo.workspaceId, "sales@fikiri.local"));
    expect(await checkPlanCapacity(demo.workspaceId, "mailboxes")).toMatchObject({ allowed: true, used: 2, limit: 3 });
    expect(await checkPlanCapacity(demo.workspaceId, "seats")).toMatchObject({ allowed: true, used: 1, limit: 10 });
  });

  test("a demo seeded before plans were enforced (Free, no subscription) moves to Pro on the next start; a paid one is left alone", async () => {
    const demo = await seedDemoWorkspace(prisma);
    await prisma.billingAccount.update({ where: { workspaceId: demo.workspaceId }, data: { plan: "FREE", status: "none" } });
    expect(await seedDemoWorkspace(prisma)).toMatchObject({ workspaceId: demo.workspaceId, created: false });
    expect(await prisma.billingAccount.findUniqueOrThrow({ where: { workspaceId: demo.workspaceId } })).toMatchObject({ plan: "PRO", status: "trialing" });

    await prisma.billingAccount.update({ where: { workspaceId: demo.workspaceId }, data: { plan: "BUSINESS", status: "active", stripeSubscriptionId: "sub_demo" } });
    await seedDemoWorkspace(prisma);
    expect(await prisma.billingAccount.findUniqueOrThrow({ where: { workspaceId: demo.workspaceId } })).toMatchObject({ plan: "BUSINESS", status: "active" });
  });
});
