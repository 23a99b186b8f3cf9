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

describe("the demo password", () => {
  test("meets the password policy, and a demo seeded with the old one gets the published one on the next start", async () => {
    const { passwordProblem } = await import("@/lib/auth/password-rules");
    const { verifyPassword, hashPassword } = await import("@/lib/auth/hash-password");
    const { DEMO_ACCOUNT } = await import("./demo-account");
    expect(await passwordProblem(DEMO_ACCOUNT.password, DEMO_ACCOUNT.email, DEMO_ACCOUNT.name)).toBeNull();
    const demo = await seedDemoWorkspace(prisma);
    await prisma.user.update({ where: { id: demo.userId }, data: { passwordHash: await hashPassword("fikiri-demo") } });
    await seedDemoWorkspace(prisma);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: demo.userId } });
    expect(await verifyPassword(user.passwordHash!, DEMO_ACCOUNT.password)).toBe(true);
  });
});

describe("the demo business", () => {
  test("is seeded with its knowledge base and the CRM history of its story, once", async () => {
    const demo = await seedDemoWorkspace(prisma);
    expect((await prisma.workspace.findUniqueOrThrow({ where: { id: demo.workspaceId } })).name).toBe("Brightwater Plumbing & Heating (demo)");
    const titles = (await prisma.knowledgeDocument.findMany({ where: { workspaceId: demo.workspaceId }, select: { title: true, status: true } }));
    expect(titles).toEqual(expect.arrayContaining([{ title: "Services and prices", status: "READY" }, { title: "Hours and area", status: "READY" }]));
    const deals = await prisma.deal.findMany({ where: { workspaceId: demo.workspaceId }, include: { stage: true }, orderBy: { createdAt: "asc" } });
    expect(deals.map((d) => [d.title.split(":")[0], d.stage.name])).toEqual([
      ["Marsh Lettings", "Won"],
      ["Hillcrest Builders", "Lost"],
      ["Oakfield Café", "Proposal"],
      ["Greenway Dental", "Meeting"],
      ["Priya Shah", "New"],
    ]);
    expect(deals.find((d) => d.stage.name === "Lost")!.lostReason).toMatch(/larger firm/);
    // The timeline is dated as the story goes: Marsh Lettings' enquiry 13 days ago, its stage moves on later days.
    const marsh = deals[0]!;
    const days = (d: Date) => Math.round((Date.now() - d.getTime()) / 86_400_000);
    expect(days(marsh.createdAt)).toBe(13);
    const moves = await prisma.dealStageHistory.findMany({ where: { dealId: marsh.id }, orderBy: { changedAt: "asc" } });
    expect(moves.map((m) => days(m.changedAt))).toEqual([13, 12, 11]);
    const notes = await prisma.note.findMany({ where: { dealId: marsh.id } });
    expect(notes.map((n) => days(n.createdAt)).sort((a, b) => b - a)).toEqual([13, 12, 11, 5]);

    await seedDemoWorkspace(prisma);
    expect(await prisma.deal.count({ where: { workspaceId: demo.workspaceId } })).toBe(5);
    expect(await prisma.knowledgeDocument.count({ where: { workspaceId: demo.workspaceId } })).toBe(7);
  });
});
