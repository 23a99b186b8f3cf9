import { NextResponse } from "next/server";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { getUsageSummary } from "@/lib/billing/get-usage-summary";

/** The workspace's plan and this period's usage against its limits (billing.read). */
export const GET = withWorkspace(
  async ({ workspace }) => {
    const { account, plan, totals, seats, mailboxes, quotas } = await getUsageSummary(workspace.id);
    const quota = (q: (typeof quotas)["drafts"]) => ({ used: q.used, limit: q.limit, projected: q.series.projectedTotal });
    return NextResponse.json({
      plan: plan.id,
      status: account.status,
      period: { start: account.currentPeriodStart.toISOString(), end: account.currentPeriodEnd.toISOString() },
      usage: totals,
      limits: { emailsProcessed: quota(quotas.emails_processed), drafts: quota(quotas.drafts), seats, mailboxes },
    });
  },
  { permission: "billing.read" },
);
