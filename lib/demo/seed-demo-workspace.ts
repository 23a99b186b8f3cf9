import { hash, verify } from "@node-rs/argon2";
import { calendarMonthOf } from "@/lib/billing/billing-period";
import type { Db } from "@/lib/db/prisma";
import { seedDemoKnowledge } from "@/lib/knowledge/seed-demo-knowledge";
import { DEMO_ACCOUNT } from "./demo-account";
import { seedDemoCrm } from "./seed-demo-crm";

const ARGON2ID = 2;

/**
 * Creates the demo workspace and its owner once, with the demo business's
 * knowledge base and CRM history; running it again changes nothing (a demo
 * from an earlier version gains whichever of those it lacks).
 */
export async function seedDemoWorkspace(db: Db): Promise<{ workspaceId: string; userId: string; created: boolean }> {
  const seeded = await seedDemoAccount(db);
  await seedDemoKnowledge(db, seeded.workspaceId);
  await seedDemoCrm(db, seeded);
  return seeded;
}

async function seedDemoAccount(db: Db): Promise<{ workspaceId: string; userId: string; created: boolean }> {
  const existing = await db.workspace.findUnique({ where: { slug: DEMO_ACCOUNT.workspaceSlug }, include: { memberships: true } });
  if (existing) {
    const owner = existing.memberships.find((m) => m.role === "OWNER");
    if (owner) {
      await grantDemoPlan(db, existing.id);
      await refreshDemoPassword(db);
      // Demos seeded before the demo became a business keep their data but take its name.
      if (existing.name === "Demo workspace") await db.workspace.update({ where: { id: existing.id }, data: { name: DEMO_ACCOUNT.workspaceName } });
      return { workspaceId: existing.id, userId: owner.userId, created: false };
    }
  }
  const passwordHash = await hash(DEMO_ACCOUNT.password, { algorithm: ARGON2ID });
  return db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email: DEMO_ACCOUNT.email },
      create: { email: DEMO_ACCOUNT.email, name: DEMO_ACCOUNT.name, passwordHash, emailVerified: new Date() },
      update: {},
    });
    const workspace = await tx.workspace.upsert({
      where: { slug: DEMO_ACCOUNT.workspaceSlug },
      create: { name: DEMO_ACCOUNT.workspaceName, slug: DEMO_ACCOUNT.workspaceSlug, isDemo: true },
      update: {},
    });
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
      create: { workspaceId: workspace.id, userId: user.id, role: "OWNER" },
      update: { role: "OWNER" },
    });
    await grantDemoPlan(tx, workspace.id);
    return { workspaceId: workspace.id, userId: user.id, created: true };
  });
}

/**
 * The demo runs on Pro as a local trial (no Stripe customer, so nothing is
 * billed and no trial reminders are due): room for the extra demo mailbox and
 * invited members that Free (1 mailbox, 1 seat) would refuse. A workspace that
 * has a real subscription, or is already off Free, is left alone.
 */
async function grantDemoPlan(db: Pick<Db, "billingAccount">, workspaceId: string): Promise<void> {
  const month = calendarMonthOf(new Date());
  await db.billingAccount.createMany({
    data: [{ workspaceId, plan: "PRO", status: "trialing", currentPeriodStart: month.start, currentPeriodEnd: month.end }],
    skipDuplicates: true,
  });
  await db.billingAccount.updateMany({ where: { workspaceId, plan: "FREE", stripeSubscriptionId: null }, data: { plan: "PRO", status: "trialing" } });
}

/**
 * The demo password changed when the password policy arrived (the old one
 * fails it): a demo seeded before keeps working with the published one.
 * Only the demo account's own hash is touched, and only when it differs.
 */
async function refreshDemoPassword(db: Pick<Db, "user">): Promise<void> {
  const user = await db.user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true, passwordHash: true } });
  if (!user?.passwordHash || (await verify(user.passwordHash, DEMO_ACCOUNT.password).catch(() => false))) return;
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hash(DEMO_ACCOUNT.password, { algorithm: ARGON2ID }), passwordChangedAt: new Date() } });
}
