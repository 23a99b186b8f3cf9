"use client";

import Grid from "@mui/material/Grid";
import { ChartCard } from "@/components/charts/chart-card";
import { TrendChart } from "@/components/charts/trend-chart";
import type { UsageSeries } from "@/lib/billing/build-usage-series";

interface UsageChartsProps {
  emails: { series: UsageSeries; limit: number };
  drafts: { series: UsageSeries; limit: number };
}

function UsageChart({ title, series, limit }: { title: string; series: UsageSeries; limit: number }) {
  const labels = series.days.map((d) => d.slice(5));
  const used = series.cumulative.map((v) => v ?? Number.NaN);
  const projected = series.projection.map((v) => v ?? Number.NaN);
  const quota = series.days.map(() => limit);
  const empty = series.cumulative.every((v) => !v);
  return (
    <ChartCard title={title} description={`Projected by period end: ${series.projectedTotal.toLocaleString("en-US")} of ${limit.toLocaleString("en-US")}`} emptyMessage={empty ? "No usage yet this period" : undefined}>
      <TrendChart
        labels={labels}
        series={[
          { label: "Used", data: used },
          { label: "Projection", data: projected },
          { label: "Plan limit", data: quota },
        ]}
        ariaLabel={`${title}: cumulative usage per day this period, projection to the period end and the plan limit`}
      />
    </ChartCard>
  );
}

/** Daily cumulative usage this period with the projection to its end, against the plan's limit. */
export function UsageCharts({ emails, drafts }: UsageChartsProps) {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <UsageChart title="Emails processed" series={emails.series} limit={emails.limit} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <UsageChart title="AI drafted replies" series={drafts.series} limit={drafts.limit} />
      </Grid>
    </Grid>
  );
}
