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
 * here, so usage is always counted against the right period.
 */
export async function getBillingAccount(workspaceId: string, now = new Date()): Promise<BillingAccount> {
  const month = calendarMonthOf(now);
  const account = await prisma.billingAccount.upsert({
    where: { workspaceId },
    create: { workspaceId, currentPeriodStart: month.start, currentPeriodEnd: month.end },
    update: {},
  });
  if (account.currentPeriodEnd > now || hasStripePeriod(account)) return account;
  // Conditional on the old period so concurrent callers roll it over once.
  await prisma.billingAccount.updateMany({ where: { id: account.id, currentPeriodEnd: account.currentPeriodEnd }, data: { currentPeriodStart: month.start, currentPeriodEnd: month.end } });
  return prisma.billingAccount.findUniqueOrThrow({ where: { id: account.id } });
}
