import { prisma } from "@/lib/db/prisma";
import { billingOwnerEmails } from "./notify-billing-owners";
import { getBillingAccount } from "./get-billing-account";
import { getStripe } from "./stripe-client";

/**
 * The workspace's Stripe customer, created on first checkout (metadata names the workspace).
 * The idempotency key is the workspace's, so retries and concurrent checkouts make one customer; Stripe refuses
 * a key reused with other parameters, so the create carries only what never changes (the workspace id) and the
 * name and billing email, which can change between a failed attempt and its retry, are set by an update.
 */
export async function ensureStripeCustomer(workspaceId: string): Promise<string> {
  const account = await getBillingAccount(workspaceId);
  if (account.stripeCustomerId) return account.stripeCustomerId;
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } });
  const [email] = await billingOwnerEmails(workspaceId);
  const stripe = getStripe();
  const created = await stripe.customers.create({ metadata: { workspaceId } }, { idempotencyKey: `customer-${workspaceId}` });
  const customer = await stripe.customers.update(created.id, { name: workspace.name, email });
  // Only the first writer wins, so two concurrent checkouts cannot leave two customers linked.
  await prisma.billingAccount.updateMany({ where: { workspaceId, stripeCustomerId: null }, data: { stripeCustomerId: customer.id } });
  return (await prisma.billingAccount.findUniqueOrThrow({ where: { workspaceId } })).stripeCustomerId!;
}
