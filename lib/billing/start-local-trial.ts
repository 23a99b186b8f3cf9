import type { Prisma } from "@/generated/prisma/client";
import { calendarMonthOf } from "./billing-period";
import { PLANS } from "./plans";

const DAY_MS = 86_400_000;
/** The plan a new workspace tries: room for a first import and a team, without a card. */
export const TRIAL_PLAN = "PRO" as const;

/**
 * Starts a new workspace on a time-limited trial of a paid plan, with no
 * Stripe customer and no card: status "trialing" until trialEnd, then
 * getBillingAccount moves it to Free (its data kept). A workspace that
 * already has a billing account is left alone (inside the caller's
 * transaction, so the workspace and its trial appear together).
 */
export async function startLocalTrial(tx: Pick<Prisma.TransactionClient, "billingAccount">, workspaceId: string, now = new Date()): Promise<void> {
  const month = calendarMonthOf(now);
  const trialEnd = new Date(now.getTime() + PLANS[TRIAL_PLAN].trialDays * DAY_MS);
  await tx.billingAccount.createMany({
    data: [{ workspaceId, plan: TRIAL_PLAN, status: "trialing", trialEnd, currentPeriodStart: month.start, currentPeriodEnd: month.end }],
    skipDuplicates: true,
  });
}
