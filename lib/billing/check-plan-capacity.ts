import type { BillingAccount, Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { getBillingAccount } from "./get-billing-account";
import { PLANS } from "./plans";

export type PlanResource = "seats" | "mailboxes";

/** Where every plan-limit message points the user. */
export const BILLING_PATH = "/billing";

export interface PlanCapacity {
  allowed: boolean;
  used: number;
  limit: number;
  planName: string;
  message: string | null;
}

type Counter = Pick<Prisma.TransactionClient, "membership" | "invitation" | "mailbox">;

function plural(n: number, resource: PlanResource): string {
  const one = resource === "seats" ? "seat" : "mailbox";
  return `${n} ${n === 1 ? one : resource === "seats" ? "seats" : "mailboxes"}`;
}

/**
 * May the workspace add one more seat (member or pending invitation) or
 * mailbox under its plan? Counted live, so removing one frees the room at once.
 * Pass the transaction doing the insert so the count sees the same snapshot,
 * with the billing account read before it opened: a read on another
 * connection while the transaction is open would wait on the embedded
 * database, which runs one transaction at a time.
 */
export async function checkPlanCapacity(workspaceId: string, resource: PlanResource, db: Counter = prisma, billingAccount?: BillingAccount): Promise<PlanCapacity> {
  const account = billingAccount ?? (await getBillingAccount(workspaceId));
  const plan = PLANS[account.plan];
  const limit = resource === "seats" ? plan.seats : plan.mailboxes;
  const used =
    resource === "seats"
      ? (await db.membership.count({ where: { workspaceId } })) + (await db.invitation.count({ where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } }))
      : await db.mailbox.count({ where: { workspaceId, removedAt: null } });
  if (used < limit) return { allowed: true, used, limit, planName: plan.name, message: null };
  const inUse = limit === 1 ? "it is in use" : "all are in use";
  return {
    allowed: false,
    used,
    limit,
    planName: plan.name,
    message: `The ${plan.name} plan includes ${plural(limit, resource)}, and ${inUse}. Upgrade on the Billing page (${BILLING_PATH}) to add more.`,
  };
}

/**
 * Throws the stable plan-limit error (403, details.reason "plan_limit" with the
 * counts and the Billing link) when the workspace has no room for one more.
 */
export async function assertPlanCapacity(workspaceId: string, resource: PlanResource, db?: Counter, billingAccount?: BillingAccount): Promise<void> {
  const capacity = await checkPlanCapacity(workspaceId, resource, db, billingAccount);
  if (capacity.allowed) return;
  throw new AppError("forbidden", capacity.message!, {
    reason: "plan_limit",
    resource,
    plan: capacity.planName,
    used: capacity.used,
    limit: capacity.limit,
    billingUrl: BILLING_PATH,
  });
}
