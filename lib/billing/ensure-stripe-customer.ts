import { prisma } from "@/lib/db/prisma";
import { billingOwnerEmails } from "./notify-billing-owners";
import { getBillingAccount } from "./get-billing-account";
import { getStripe } from "./stripe-client";

/** The workspace's Stripe customer, created on first checkout (metadata names the workspace). */
export async function ensureStripeCustomer(workspaceId: string): Promise<string> {
  const account = await getBillingAccount(workspaceId);
  if (account.stripeCustomerId) return account.stripeCustomerId;
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } });
  const [email] = await billingOwnerEmails(workspaceId);
  const customer = await getStripe().customers.create({ name: workspace.name, email, metadata: { workspaceId } }, { idempotencyKey: `customer-${workspaceId}` });
  // Only the first writer wins, so two concurrent checkouts cannot leave two customers linked.
  await prisma.billingAccount.updateMany({ where: { workspaceId, stripeCustomerId: null }, data: { stripeCustomerId: customer.id } });
  return (await prisma.billingAccount.findUniqueOrThrow({ where: { workspaceId } })).stripeCustomerId!;
}
