import type { BillingPlan } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db/prisma";
import { getBillingAccount } from "../get-billing-account";

/**
 * Test setup: puts a workspace on a plan without going through Stripe, for
 * tests that need more seats or mailboxes than Free allows.
 */
export async function setWorkspacePlan(workspaceId: string, plan: BillingPlan): Promise<void> {
  await getBillingAccount(workspaceId);
  await prisma.billingAccount.update({ where: { workspaceId }, data: { plan } });
}
