import type { BillingAccount } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { buildUsageSeries, type UsageSeries } from "./build-usage-series";
import { getBillingAccount } from "./get-billing-account";
import { PLANS, USAGE_METRICS, planQuota, type PlanDefinition, type QuotaMetric, type UsageMetric } from "./plans";

export interface UsageSummary {
  account: BillingAccount;
  plan: PlanDefinition;
  totals: Record<UsageMetric, number>;
  seats: { used: number; limit: number };
  mailboxes: { used: number; limit: number };
  quotas: Record<QuotaMetric, { used: number; limit: number; series: UsageSeries }>;
}

/** Everything the Usage section shows: this period's counters, live seats and mailboxes, daily series with projections. */
export async function getUsageSummary(workspaceId: string, now = new Date()): Promise<UsageSummary> {
  const account = await getBillingAccount(workspaceId, now);
  const plan = PLANS[account.plan];
  const periodStart = account.currentPeriodStart;
  const [counters, seats, mailboxes, daily] = await Promise.all([
    prisma.usageCounter.findMany({ where: { workspaceId, periodStart } }),
    prisma.membership.count({ where: { workspaceId } }),
    prisma.mailbox.count({ where: { workspaceId, removedAt: null } }),
    prisma.$queryRaw<{ day: Date; metric: string; total: bigint }[]>`
      SELECT date_trunc('day', "occurredAt") AS day, "metric", SUM("quantity") AS total
      FROM "UsageEvent" WHERE "workspaceId" = ${workspaceId} AND "periodStart" = ${periodStart} AND "metric" IN ('emails_processed', 'drafts')
      GROUP BY 1, 2`,
  ]);
  const totals = Object.fromEntries(USAGE_METRICS.map((m) => [m, Number(counters.find((c) => c.metric === m)?.value ?? 0)])) as Record<UsageMetric, number>;
  const quota = (metric: QuotaMetric) => {
    const perDay = new Map(daily.filter((d) => d.metric === metric).map((d) => [new Date(d.day).toISOString().slice(0, 10), Number(d.total)]));
    return { used: totals[metric], limit: planQuota(account.plan, metric), series: buildUsageSeries(periodStart, account.currentPeriodEnd, perDay, now) };
  };
  return {
    account,
    plan,
    totals,
    seats: { used: seats, limit: plan.seats },
    mailboxes: { used: mailboxes, limit: plan.mailboxes },
    quotas: { emails_processed: quota("emails_processed"), drafts: quota("drafts") },
  };
}
