import type { BillingAccount } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { notifyBillingOwners } from "./notify-billing-owners";
import { PLANS, type QuotaMetric } from "./plans";
import { overageActive } from "./overage-active";

const LABEL: Record<QuotaMetric, string> = { emails_processed: "emails processed with AI", drafts: "AI drafted replies" };

/** Emails the owners once per period, metric and threshold (the UsageAlert row is the "sent" mark). */
export async function sendUsageWarning(account: BillingAccount, metric: QuotaMetric, threshold: number, value: number, quota: number): Promise<void> {
  const claimed = await prisma.usageAlert.createMany({ data: [{ workspaceId: account.workspaceId, periodStart: account.currentPeriodStart, metric, threshold }], skipDuplicates: true });
  if (claimed.count === 0) return;
  const plan = PLANS[account.plan];
  const after =
    threshold < 100
      ? "You can upgrade from the Billing page before you reach the limit."
      : overageActive(account)
        ? "Fikiri keeps working: usage past the quota is billed as overage on your next invoice."
        : `AI triage and drafting are paused until ${account.currentPeriodEnd.toUTCString()}. Mail is still received, stored and triaged by your rules; nothing is lost. Upgrade to resume AI now.`;
  await notifyBillingOwners(account.workspaceId, `You have used ${threshold}% of your ${LABEL[metric]}`, [`Your ${plan.name} plan includes ${quota.toLocaleString("en-US")} ${LABEL[metric]} per period; this period you have used ${value.toLocaleString("en-US")}.`, after]);
  await recordAudit({ workspaceId: account.workspaceId, actor: {}, action: "billing.usage_threshold", target: { type: "usage", id: metric }, after: { threshold, value, quota, periodStart: account.currentPeriodStart.toISOString() } });
}
