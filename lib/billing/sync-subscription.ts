import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { applySubscriptionState, type AppliedState } from "./apply-subscription-state";
import { notifyBillingOwners } from "./notify-billing-owners";
import { readSubscriptionState } from "./read-subscription-state";
import { getStripe } from "./stripe-client";

const isMissing = (error: unknown) => (error as { statusCode?: number }).statusCode === 404;

/** Which workspace a subscription belongs to: its metadata, else the account holding its id or customer. */
async function resolveWorkspace(subscriptionId: string, customerId: string, metadataWorkspaceId: string | undefined, hint?: string | null): Promise<string | null> {
  if (hint) return hint;
  if (metadataWorkspaceId && (await prisma.workspace.count({ where: { id: metadataWorkspaceId } }))) return metadataWorkspaceId;
  const account = await prisma.billingAccount.findFirst({ where: { OR: [{ stripeSubscriptionId: subscriptionId }, { stripeCustomerId: customerId }] }, select: { workspaceId: true } });
  return account?.workspaceId ?? null;
}

/**
 * Re-reads a subscription from Stripe and applies it: whatever event told us
 * about it, and in whatever order events came, the account ends up matching
 * Stripe. Returns null for subscriptions of no known workspace.
 */
export async function syncSubscription(subscriptionId: string, hint?: { workspaceId?: string | null }): Promise<(AppliedState & { workspaceId: string }) | null> {
  let sub;
  try {
    sub = await getStripe().subscriptions.retrieve(subscriptionId);
  } catch (error) {
    if (!isMissing(error)) throw error;
    logger.warn({ subscriptionId }, "stripe subscription not found; event ignored");
    return null;
  }
  const state = readSubscriptionState(sub);
  const workspaceId = await resolveWorkspace(sub.id, state.customerId, sub.metadata?.workspaceId, hint?.workspaceId);
  if (!workspaceId) {
    logger.warn({ subscriptionId, customerId: state.customerId }, "stripe subscription of no known workspace; event ignored");
    return null;
  }
  const applied = await applySubscriptionState(workspaceId, state);
  if (applied.dunningStarted) {
    await notifyBillingOwners(workspaceId, "Payment failed", [
      "We could not take the payment for your Fikiri subscription.",
      `Your plan stays active until ${applied.account.graceEndsAt?.toUTCString()}; after that the workspace moves to the Free plan (nothing is deleted).`,
      "Update your payment method from the Billing page to keep your plan.",
    ]);
  }
  if (applied.recovered) await notifyBillingOwners(workspaceId, "Payment received", ["Thank you: your payment went through and your plan is active again."]);
  return { ...applied, workspaceId };
}
