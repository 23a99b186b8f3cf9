import { prisma } from "@/lib/db/prisma";
import { getBillingAccount } from "./get-billing-account";
import { overageActive } from "./overage-active";
import { PLANS, planQuota, type QuotaMetric } from "./plans";

export type AiPurpose = "triage" | "draft";

export interface AiAllowance {
  allowed: boolean;
  /** ok | near_limit (80 %+) | overage (past the quota, billed) | quota_reached (AI paused). */
  reason: "ok" | "near_limit" | "overage" | "quota_reached";
  /** Share of the quota used this period, floored (may exceed 100). */
  percent: number;
  metric: QuotaMetric;
  used: number;
  limit: number;
  periodEnd: Date;
  /** For the owner: why AI is paused, or null when it is not. */
  message: string | null;
}

/**
 * May the workspace use AI for this purpose now? Call it before the AI work
 * ("triage" checks emails processed, "draft" checks AI drafts). At the quota,
 * plans without overage stop the AI (mail is still stored and triaged by
 * rules); plans with overage continue and bill the units past the quota.
 */
export async function getAiAllowance(workspaceId: string, options: { purpose?: AiPurpose; now?: Date } = {}): Promise<AiAllowance> {
  const account = await getBillingAccount(workspaceId, options.now);
  const metric: QuotaMetric = options.purpose === "draft" ? "drafts" : "emails_processed";
  const limit = planQuota(account.plan, metric);
  const counter = await prisma.usageCounter.findUnique({ where: { workspaceId_periodStart_metric: { workspaceId, periodStart: account.currentPeriodStart, metric } } });
  const used = Number(counter?.value ?? 0);
  const percent = limit > 0 ? Math.floor((used * 100) / limit) : 100;
  const base = { percent, metric, used, limit, periodEnd: account.currentPeriodEnd };
  if (used < limit) return { ...base, allowed: true, reason: percent >= 80 ? "near_limit" : "ok", message: null };
  if (overageActive(account)) return { ...base, allowed: true, reason: "overage", message: null };
  const until = account.currentPeriodEnd.toDateString();
  const plan = PLANS[account.plan].name;
  const message =
    metric === "drafts"
      ? `The ${plan} plan's ${limit.toLocaleString("en-US")} AI drafted replies for this period are used, so new drafts are paused until ${until}. ` +
        "Mail is still stored and triaged by rules, and you can still write and send replies yourself. Upgrade on the Billing page to draft again now."
      : `The ${plan} plan's ${limit.toLocaleString("en-US")} emails triaged with AI for this period are used, so AI triage is paused until ${until}. ` +
        "Mail is still stored and triaged by rules and the local classifier, and imported mail never counted. Upgrade on the Billing page to resume AI now.";
  return {
    ...base,
    allowed: false,
    reason: "quota_reached",
    message,
  };
}
