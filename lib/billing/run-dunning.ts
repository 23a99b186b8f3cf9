import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { logger } from "@/lib/observability/logger";
import { DAY_MS } from "./billing-period";
import { notifyBillingOwners } from "./notify-billing-owners";
import { PLANS } from "./plans";
import { remindTrialEnding } from "./remind-trial-ending";
import { getStripe, stripeConfigured } from "./stripe-client";

/** Reminders during the grace period: every REMINDER_EVERY_DAYS, at most MAX_REMINDERS. */
const REMINDER_EVERY_DAYS = 2;
const MAX_REMINDERS = 3;

/** Grace over: the workspace moves to Free (data kept) and the unpaid subscription is cancelled in Stripe. */
async function downgrade(account: { workspaceId: string; plan: keyof typeof PLANS; stripeSubscriptionId: string | null }): Promise<void> {
  const moved = await prisma.billingAccount.updateMany({ where: { workspaceId: account.workspaceId, dunningState: "GRACE" }, data: { dunningState: "DOWNGRADED", plan: "FREE" } });
  if (moved.count === 0) return;
  await recordAudit({ workspaceId: account.workspaceId, actor: {}, action: "billing.downgraded", target: { type: "billing_account", id: account.workspaceId }, before: { plan: account.plan }, after: { plan: "FREE", reason: "payment_failed" } });
  await notifyBillingOwners(account.workspaceId, "Your workspace moved to the Free plan", [
    `We could not collect payment for the ${PLANS[account.plan].name} plan, and the grace period has ended.`,
    "The workspace is now on the Free plan. Nothing was deleted: subscribe again from the Billing page to restore your plan.",
  ]);
  if (account.stripeSubscriptionId && stripeConfigured()) {
    await getStripe().subscriptions.cancel(account.stripeSubscriptionId).catch((err: unknown) => logger.warn({ err, workspaceId: account.workspaceId }, "could not cancel the unpaid subscription"));
  }
}

/**
 * The daily dunning pass: reminders during the grace period, the downgrade
 * when it ends, and trial-ending reminders Stripe's webhook may have missed.
 */
export async function runDunning(now = new Date()): Promise<{ reminded: number; downgraded: number; trialReminders: number }> {
  const result = { reminded: 0, downgraded: 0, trialReminders: 0 };
  for (const account of await prisma.billingAccount.findMany({ where: { dunningState: "GRACE" } })) {
    if (account.graceEndsAt && account.graceEndsAt <= now) {
      await downgrade(account);
      result.downgraded++;
      continue;
    }
    const last = account.lastDunningEmailAt ?? account.pastDueSince ?? now;
    if (account.dunningEmailsSent >= MAX_REMINDERS || now.getTime() - last.getTime() < REMINDER_EVERY_DAYS * DAY_MS) continue;
    const claimed = await prisma.billingAccount.updateMany({ where: { id: account.id, dunningEmailsSent: account.dunningEmailsSent }, data: { dunningEmailsSent: { increment: 1 }, lastDunningEmailAt: now } });
    if (claimed.count === 0) continue;
    await notifyBillingOwners(account.workspaceId, "Reminder: payment failed", [`Your payment is still outstanding. Update your payment method by ${account.graceEndsAt?.toUTCString()} to keep the ${PLANS[account.plan].name} plan.`]);
    result.reminded++;
  }
  const trials = await prisma.billingAccount.findMany({ where: { status: "trialing", trialEnd: { gt: now, lte: new Date(now.getTime() + 3 * DAY_MS) } } });
  for (const account of trials) if (await remindTrialEnding(account.workspaceId, account.trialEnd!)) result.trialReminders++;
  return result;
}
