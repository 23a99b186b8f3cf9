import type { BillingAccount } from "@/generated/prisma/client";
import { PLANS } from "./plans";

/**
 * Overage billing applies to paid plans that include it while the
 * subscription is active; during a trial or a payment grace period the AI
 * stops at the quota instead, so nothing is billed that may never be paid.
 */
export function overageActive(account: Pick<BillingAccount, "plan" | "status" | "stripeCustomerId">): boolean {
  return PLANS[account.plan].overage && account.status === "active" && account.stripeCustomerId !== null;
}
