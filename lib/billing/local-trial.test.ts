import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createPersonalWorkspace } from "@/lib/auth/create-personal-workspace";
import { prisma } from "@/lib/db/prisma";
import { createTestUser } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { checkPlanCapacity } from "./check-plan-capacity";
import { getBillingAccount } from "./get-billing-account";
import { getBillingNotices } from "./get-billing-notices";

const DAY_MS = 86_400_000;
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

async function signUpWorkspace() {
  const user = await createTestUser();
  const workspace = await prisma.$transaction((tx) => createPersonalWorkspace(tx, user));
  return { user, workspace };
}

describe("a new workspace's trial", () => {
  test("starts on a 14-day Pro trial with no Stripe customer: room for a first import and a second mailbox", async () => {
    const { workspace } = await signUpWorkspace();
    const account = await getBillingAccount(workspace.id);
    expect(account).toMatchObject({ plan: "PRO", status: "trialing", stripeCustomerId: null, stripeSubscriptionId: null });
    expect(Math.round((account.trialEnd!.getTime() - Date.now()) / DAY_MS)).toBe(14);
    expect(await checkPlanCapacity(workspace.id, "mailboxes")).toMatchObject({ allowed: true, limit: 3 });
    expect(await getBillingNotices(workspace.id)).toEqual([]);
  });

  test("warns three days before the end, then moves to Free with its data kept and says so", async () => {
    const { workspace } = await signUpWorkspace();
    const { trialEnd } = await getBillingAccount(workspace.id);
    const nearEnd = new Date(trialEnd!.getTime() - 2 * DAY_MS);
    expect((await getBillingNotices(workspace.id, nearEnd)).map((n) => n.key)).toEqual(["trial"]);

    const after = new Date(trialEnd!.getTime() + DAY_MS);
    expect(await getBillingAccount(workspace.id, after)).toMatchObject({ plan: "FREE", status: "none", trialEnd });
    const notices = await getBillingNotices(workspace.id, after);
    expect(notices).toEqual([expect.objectContaining({ key: "trial-ended", severity: "info", message: expect.stringContaining("Your mail and CRM are kept") })]);
    expect(await getBillingNotices(workspace.id, new Date(trialEnd!.getTime() + 8 * DAY_MS))).toEqual([]);
  });

  test("one trial per person: a second workspace the same owner creates starts on Free; someone else's first one gets a trial", async () => {
    const { user } = await signUpWorkspace();
    const second = await createWorkspace({ name: "Side business" }, user.id);
    expect(await getBillingAccount(second.id)).toMatchObject({ plan: "FREE", trialEnd: null });
    const newcomer = await createTestUser();
    const first = await createWorkspace({ name: "Newcomer's shop" }, newcomer.id);
    expect(await getBillingAccount(first.id)).toMatchObject({ plan: "PRO", status: "trialing" });
  });
});
