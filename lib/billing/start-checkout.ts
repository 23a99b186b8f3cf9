import type { z } from "@/lib/validation/zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { checkoutInputSchema } from "./billing-schemas";
import { ensureStripeCustomer } from "./ensure-stripe-customer";
import { getBillingAccount } from "./get-billing-account";
import { overageLookupKey, PLANS, priceLookupKey } from "./plans";
import { getStripe } from "./stripe-client";

/**
 * A Stripe Checkout session for a paid plan. The plan's trial applies to a
 * customer's first subscription only, and a workspace on a local trial (no
 * card) carries over only the days it has left; client_reference_id and the
 * subscription's metadata carry the workspace id back in the webhooks.
 */
export async function startCheckout(actor: WorkspaceActor, input: z.input<typeof checkoutInputSchema>): Promise<{ url: string }> {
  const { plan, interval } = checkoutInputSchema.parse(input);
  const account = await getBillingAccount(actor.workspaceId);
  if (account.stripeSubscriptionId && account.plan !== "FREE") throw new AppError("conflict", "This workspace already has a subscription: change plans from the billing portal.");
  if (account.stripeSubscriptionId && ["paused", "unpaid", "incomplete"].includes(account.status ?? "")) {
    throw new AppError("conflict", `This workspace's subscription is ${account.status}: resume it or update the payment method from the billing portal instead of starting another.`);
  }
  const stripe = getStripe();
  const customer = await ensureStripeCustomer(actor.workspaceId);
  const keys = [priceLookupKey(plan, interval), ...(PLANS[plan].overage ? [overageLookupKey(plan)] : [])];
  const prices = await stripe.prices.list({ lookup_keys: keys, active: true });
  const lineItems = keys.map((key) => {
    const price = prices.data.find((p) => p.lookup_key === key);
    if (!price) throw new AppError("unavailable", `Stripe has no price ${key}: run npm run stripe:sync.`);
    return price.recurring?.usage_type === "metered" ? { price: price.id } : { price: price.id, quantity: 1 };
  });
  const earlier = await stripe.subscriptions.list({ customer, status: "all", limit: 1 });
  const localTrialDaysLeft = account.trialEnd ? Math.max(0, Math.ceil((account.trialEnd.getTime() - Date.now()) / 86_400_000)) : null;
  const trialDays = earlier.data.length > 0 ? 0 : (localTrialDaysLeft ?? PLANS[plan].trialDays);
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: actor.workspaceId,
    line_items: lineItems,
    subscription_data: { ...(trialDays > 0 ? { trial_period_days: trialDays } : {}), metadata: { workspaceId: actor.workspaceId, plan } },
    metadata: { workspaceId: actor.workspaceId },
    success_url: `${env.APP_URL}/billing?checkout=success`,
    cancel_url: `${env.APP_URL}/billing?checkout=cancelled`,
  });
  if (!session.url) throw new AppError("unavailable", "Stripe did not return a checkout URL.");
  await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "billing.checkout_started", target: { type: "checkout_session", id: session.id }, after: { plan, interval, trialDays } });
  return { url: session.url };
}
