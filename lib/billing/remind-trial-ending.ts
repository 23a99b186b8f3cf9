import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { notifyBillingOwners } from "./notify-billing-owners";

/**
 * Tells the owners a trial is about to end, once per trial end date (both
 * Stripe's trial_will_end webhook and the daily job call this).
 */
export async function remindTrialEnding(workspaceId: string, trialEnd: Date): Promise<boolean> {
  const claimed = await prisma.billingAccount.updateMany({ where: { workspaceId, OR: [{ trialReminderSentFor: null }, { trialReminderSentFor: { not: trialEnd } }] }, data: { trialReminderSentFor: trialEnd } });
  if (claimed.count === 0) return false;
  await notifyBillingOwners(workspaceId, "Your trial ends soon", [`Your Fikiri trial ends on ${trialEnd.toUTCString()}.`, "Add a payment method from the Billing page to keep your plan; otherwise the workspace moves to the Free plan with all its data."]);
  await recordAudit({ workspaceId, actor: {}, action: "billing.trial_ending", target: { type: "billing_account", id: workspaceId }, after: { trialEnd: trialEnd.toISOString() } });
  return true;
}
