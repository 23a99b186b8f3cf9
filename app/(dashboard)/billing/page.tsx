import type { Metadata } from "next";
import Alert from "@mui/material/Alert";
import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import { InvoiceTable } from "@/components/billing/invoice-table";
import { PlanPicker } from "@/components/billing/plan-picker";
import { UsageCharts } from "@/components/billing/usage-charts";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { StatCard } from "@/components/ui/stat-card";
import { roleCan } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { getUsageSummary } from "@/lib/billing/get-usage-summary";
import { listInvoices } from "@/lib/billing/list-invoices";
import { PLAN_ORDER, PLANS } from "@/lib/billing/plans";
import { stripeConfigured } from "@/lib/billing/stripe-client";
import { logger } from "@/lib/observability/logger";

export const metadata: Metadata = { title: "Billing" };

const fmt = (n: number) => n.toLocaleString("en-US");
const day = (d: Date) => d.toUTCString().slice(0, 16);

function statusLine(status: string, trialEnd: Date | null, periodEnd: Date, cancelAtPeriodEnd: boolean): string {
  if (status === "trialing" && trialEnd) return `Trial until ${day(trialEnd)}`;
  if (status === "trialing") return "Trial (no end date: a local demo)";
  if (cancelAtPeriodEnd) return `Cancels on ${day(periodEnd)}`;
  if (status === "none" || status === "canceled") return `Free plan; usage resets on ${day(periodEnd)}`;
  return `${status.replace("_", " ")}; renews on ${day(periodEnd)}`;
}

export default async function BillingPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const access = await requireWorkspacePage("billing.read");
  const workspaceId = access.workspace.id;
  const canManage = access.membership ? roleCan(access.membership.role, "billing.manage") : false;
  const [summary, invoices, params] = await Promise.all([
    getUsageSummary(workspaceId),
    listInvoices(workspaceId).catch((err: unknown) => {
      logger.warn({ err }, "could not list Stripe invoices");
      return null;
    }),
    searchParams,
  ]);
  const { account, plan, totals, quotas } = summary;

  return (
    <>
      <PageHeader title="Billing" description="Your plan, this period's usage against its limits, and your invoices. Owners change billing through Stripe." />
      {params.checkout === "success" ? <Alert severity="success" sx={{ mb: 2 }}>Thank you! Your subscription is being activated; this page updates once Stripe confirms it.</Alert> : null}
      {params.checkout === "cancelled" ? <Alert severity="info" sx={{ mb: 2 }}>Checkout was cancelled; nothing was charged.</Alert> : null}
      <Stack spacing={3}>
        <SectionCard id="plan" title={`Plan: ${plan.name}`} description={statusLine(account.status, account.trialEnd, account.currentPeriodEnd, account.cancelAtPeriodEnd)}>
          <PlanPicker
            plans={PLAN_ORDER.map((p) => PLANS[p])}
            currentPlan={account.plan}
            hasSubscription={Boolean(account.stripeSubscriptionId) && account.plan !== "FREE"}
            hasCustomer={Boolean(account.stripeCustomerId)}
            canManage={canManage}
            stripeReady={stripeConfigured()}
            localTrial={account.status === "trialing" && !account.stripeSubscriptionId}
          />
        </SectionCard>
        <SectionCard id="usage" title="Usage this period" description={`${day(account.currentPeriodStart)} – ${day(account.currentPeriodEnd)}`}>
          <Grid container spacing={2} sx={{ mb: 2 }}>
            <Grid size={{ xs: 6, md: 3 }}>
              <StatCard label="Emails processed" value={`${fmt(quotas.emails_processed.used)} / ${fmt(quotas.emails_processed.limit)}`} hint={`Projected ${fmt(quotas.emails_processed.series.projectedTotal)}`} />
            </Grid>
            <Grid size={{ xs: 6, md: 3 }}>
              <StatCard label="AI drafts" value={`${fmt(quotas.drafts.used)} / ${fmt(quotas.drafts.limit)}`} hint={`Projected ${fmt(quotas.drafts.series.projectedTotal)}`} />
            </Grid>
            <Grid size={{ xs: 6, md: 3 }}>
              <StatCard label="Seats" value={`${summary.seats.used} / ${summary.seats.limit}`} hint={`Mailboxes ${summary.mailboxes.used} / ${summary.mailboxes.limit}`} />
            </Grid>
            <Grid size={{ xs: 6, md: 3 }}>
              <StatCard label="AI calls" value={fmt(totals.llm_calls)} hint={`${fmt(totals.llm_tokens)} tokens · $${(totals.llm_cost_micros / 1e6).toFixed(2)} · ${fmt(totals.replies_sent)} replies sent`} />
            </Grid>
          </Grid>
          <UsageCharts emails={quotas.emails_processed} drafts={quotas.drafts} />
        </SectionCard>
        <SectionCard id="invoices" title="Invoices">
          {invoices === null ? <Alert severity="warning">Invoices could not be loaded from Stripe right now.</Alert> : <InvoiceTable invoices={invoices} />}
        </SectionCard>
      </Stack>
    </>
  );
}
