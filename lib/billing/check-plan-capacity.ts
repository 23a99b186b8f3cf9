import { prisma } from "@/lib/db/prisma";
import { getBillingAccount } from "./get-billing-account";
import { PLANS } from "./plans";

export type PlanResource = "seats" | "mailboxes";

export interface PlanCapacity {
  allowed: boolean;
  used: number;
  limit: number;
  message: string | null;
}

/**
 * May the workspace add one more seat (member or pending invitation) or
 * mailbox under its plan? Counted live, so removing one frees the room at once.
 */
export async function checkPlanCapacity(workspaceId: string, resource: PlanResource): Promise<PlanCapacity> {
  const account = await getBillingAccount(workspaceId);
  const plan = PLANS[account.plan];
  const limit = resource === "seats" ? plan.seats : plan.mailboxes;
  const used =
    resource === "seats"
      ? (await prisma.membership.count({ where: { workspaceId } })) + (await prisma.invitation.count({ where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } }))
      : await prisma.mailbox.count({ where: { workspaceId } });
  if (used < limit) return { allowed: true, used, limit, message: null };
  const what = resource === "seats" ? "seats" : "mailboxes";
  return { allowed: false, used, limit, message: `The ${plan.name} plan includes ${limit} ${what}, and all are in use. Upgrade on the Billing page to add more.` };
}
