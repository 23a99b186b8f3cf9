"use client";

import Grid from "@mui/material/Grid";
import { CategoryBarChart } from "@/components/charts/category-bar-chart";
import { ChartCard } from "@/components/charts/chart-card";
import { DoughnutChart } from "@/components/charts/doughnut-chart";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import type { Analytics } from "@/lib/analytics/get-analytics";
import { DECIDER_LABELS, ROUTE_LABELS, formatDayKey, formatUsd } from "./analytics-format";

// Route colours stay put whatever the range: attention, automated, spam, untriaged.
const ROUTE_COLORS = [0, 1, 3, 5];

/** Mail volume per day by route. */
export function MailPerDayChart({ data, height }: { data: Analytics; height?: number }) {
  const series = data.mail.series.filter((s) => s.route !== "untriaged" || s.counts.some((n) => n > 0));
  return (
    <ChartCard title="Mail received per day" description={`Inbound mail by triage route, last ${data.range} days (UTC days)`} emptyMessage={data.mail.total ? undefined : "No mail received in this period"} height={height}>
      <StackedBarChart
        labels={data.mail.days.map(formatDayKey)}
        series={series.map((s) => ({ label: ROUTE_LABELS[s.route], data: s.counts }))}
        colorIndexes={series.map((s) => ROUTE_COLORS[data.mail.series.indexOf(s)] ?? 0)}
        ariaLabel={`Stacked bar chart of ${data.mail.total} emails received per day by route`}
      />
    </ChartCard>
  );
}

/** Who sorted the mail (rules, classifier, LLM, people) and what kinds it was. */
export function TriageCharts({ data }: { data: Analytics }) {
  const deciders = data.triage.deciders.filter((d) => d.count > 0 || d.decidedBy !== "undecided");
  return (
    <>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard
          title="Who decided"
          description={`${data.triage.triaged} verdicts · LLM triage cost ${formatUsd(data.triage.llmUsd)}`}
          emptyMessage={data.triage.triaged ? undefined : "No mail triaged in this period"}
        >
          <DoughnutChart labels={deciders.map((d) => DECIDER_LABELS[d.decidedBy])} values={deciders.map((d) => d.count)} ariaLabel="Doughnut chart of triage verdicts by decider" />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title="Categories" description="Triaged mail by category" emptyMessage={data.categories.length ? undefined : "No mail triaged in this period"}>
          <CategoryBarChart labels={data.categories.map((c) => c.category)} values={data.categories.map((c) => c.count)} seriesLabel="Emails" ariaLabel="Bar chart of triaged mail by category" />
        </ChartCard>
      </Grid>
    </>
  );
}
