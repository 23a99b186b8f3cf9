import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { getBillingAccount } from "./get-billing-account";
import { stripeConfigured } from "./stripe-client";
import { syncSubscription } from "./sync-subscription";

/**
 * Moves every account whose period has ended into its next one: Free
 * accounts to the current calendar month, subscriptions by re-reading them
 * from Stripe (in case the renewal webhooks were missed).
 */
export async function rolloverPeriods(now = new Date()): Promise<{ free: number; synced: number; failed: number }> {
  const due = await prisma.billingAccount.findMany({ where: { currentPeriodEnd: { lte: now } }, select: { workspaceId: true, stripeSubscriptionId: true, plan: true } });
  const result = { free: 0, synced: 0, failed: 0 };
  for (const account of due) {
    try {
      if (account.stripeSubscriptionId && account.plan !== "FREE") {
        if (!stripeConfigured()) continue;
        await syncSubscription(account.stripeSubscriptionId, { workspaceId: account.workspaceId });
        result.synced++;
      } else {
        await getBillingAccount(account.workspaceId, now);
        result.free++;
      }
    } catch (err) {
      logger.warn({ err, workspaceId: account.workspaceId }, "billing period rollover failed");
      result.failed++;
    }
  }
  return result;
}
