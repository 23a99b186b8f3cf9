import { recordAudit } from "@/lib/audit/record-audit";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { getBillingAccount } from "./get-billing-account";
import { getStripe } from "./stripe-client";

/** A Stripe Customer Portal session: plan changes, payment methods, cancellation. */
export async function openBillingPortal(actor: WorkspaceActor): Promise<{ url: string }> {
  const account = await getBillingAccount(actor.workspaceId);
  if (!account.stripeCustomerId) throw new AppError("conflict", "This workspace has no Stripe customer yet: subscribe to a plan first.");
  const session = await getStripe().billingPortal.sessions.create({ customer: account.stripeCustomerId, return_url: `${env.APP_URL}/billing?portal=returned` });
  await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "billing.portal_opened", target: { type: "customer", id: account.stripeCustomerId } });
  return { url: session.url };
}
