import { DAY_MS } from "./billing-period";
import { getAiAllowance } from "./get-ai-allowance";
import { getBillingAccount } from "./get-billing-account";
import { PLANS } from "./plans";

export interface BillingNotice {
  key: string;
  severity: "error" | "warning" | "info";
  message: string;
}

const dateOf = (d: Date) => d.toUTCString().slice(0, 16);

/**
 * What the dashboard banner says about billing: dunning (grace period or the
 * downgrade after it), a trial about to end or just ended, AI paused at the
 * quota (what still works and what to do) or near it.
 */
export async function getBillingNotices(workspaceId: string, now = new Date()): Promise<BillingNotice[]> {
  const account = await getBillingAccount(workspaceId, now);
  const notices: BillingNotice[] = [];
  if (account.dunningState === "GRACE" && account.graceEndsAt) {
    notices.push({ key: "dunning", severity: "error", message: `A payment for your ${PLANS[account.plan].name} plan failed. Update your payment method by ${dateOf(account.graceEndsAt)}, or the workspace moves to the Free plan (nothing is deleted).` });
  } else if (account.dunningState === "DOWNGRADED") {
    notices.push({ key: "downgraded", severity: "warning", message: "Payments failed and the grace period ended, so this workspace is on the Free plan. Your data is kept; subscribe again to restore your plan." });
  }
  if (account.status === "trialing" && account.trialEnd && account.trialEnd.getTime() - now.getTime() < 3 * DAY_MS) {
    notices.push({ key: "trial", severity: "info", message: `Your ${PLANS[account.plan].name} trial ends on ${dateOf(account.trialEnd)}. Choose a plan on the Billing page to keep it; otherwise the workspace moves to Free with all its data.` });
  } else if (account.plan === "FREE" && !account.stripeSubscriptionId && account.trialEnd && now.getTime() - account.trialEnd.getTime() < 7 * DAY_MS) {
    const free = PLANS.FREE;
    notices.push({ key: "trial-ended", severity: "info", message: `Your trial ended on ${dateOf(account.trialEnd)}, so this workspace is on Free (${free.mailboxes} mailbox, ${free.emailsPerMonth} AI-triaged emails and ${free.aiDraftsPerMonth} AI drafts a month). Your mail and CRM are kept; choose a plan on the Billing page for more.` });
  }
  for (const purpose of ["triage", "draft"] as const) {
    const allowance = await getAiAllowance(workspaceId, { purpose, now });
    // A warning, not an error: nothing is lost and mail keeps flowing; the message says what still works.
    if (allowance.reason === "quota_reached") notices.push({ key: `quota-${purpose}`, severity: "warning", message: allowance.message! });
    else if (allowance.reason === "near_limit") notices.push({ key: `near-${purpose}`, severity: "warning", message: `You have used ${allowance.percent}% of this period's ${purpose === "draft" ? "AI drafted replies" : "emails processed with AI"} (${allowance.used.toLocaleString("en-US")} of ${allowance.limit.toLocaleString("en-US")}).` });
  }
  return notices;
}
