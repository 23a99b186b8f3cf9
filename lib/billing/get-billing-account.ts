import type { BillingAccount } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { calendarMonthOf } from "./billing-period";

/** Workspaces without a subscription (Free) use calendar months; paid periods come from Stripe. */
function hasStripePeriod(account: BillingAccount): boolean {
  return account.stripeSubscriptionId !== null && account.plan !== "FREE";
}

/**
 * The workspace's billing account, created on first use (Free, this calendar
 * month). A Free account whose period has ended moves to the current month
 * here, so usage is always counted against the right period, and a local
 * trial (no subscription) that has ended moves to Free with its data kept.
 */
export async function getBillingAccount(workspaceId: string, now = new Date()): Promise<BillingAccount> {
  const month = calendarMonthOf(now);
  // createMany + skipDuplicates is an INSERT … ON CONFLICT DO NOTHING: concurrent first uses cannot collide.
  let account = await prisma.billingAccount.findUnique({ where: { workspaceId } });
  if (!account) {
    await prisma.billingAccount.createMany({ data: [{ workspaceId, currentPeriodStart: month.start, currentPeriodEnd: month.end }], skipDuplicates: true });
    account = await prisma.billingAccount.findUniqueOrThrow({ where: { workspaceId } });
  }
  if (!account.stripeSubscriptionId && account.status === "trialing" && account.trialEnd && account.trialEnd <= now) {
    await prisma.billingAccount.updateMany({ where: { id: account.id, status: "trialing", stripeSubscriptionId: null }, data: { plan: "FREE", status: "none" } });
    account = await prisma.billingAccount.findUniqueOrThrow({ where: { id: account.id } });
  }
  if (account.currentPeriodEnd > now || hasStripePeriod(account)) return account;
  // Conditional on the old period so concurrent callers roll it over once.
  await prisma.billingAccount.updateMany({ where: { id: account.id, currentPeriodEnd: account.currentPeriodEnd }, data: { currentPeriodStart: month.start, currentPeriodEnd: month.end } });
  return prisma.billingAccount.findUniqueOrThrow({ where: { id: account.id } });
}
