"use client";

import { useState } from "react";
import Grid from "@mui/material/Grid";
import { CategoryBarChart } from "@/components/charts/category-bar-chart";
import { ChartCard } from "@/components/charts/chart-card";
import { TrendChart } from "@/components/charts/trend-chart";
import { TRIAGE_CATEGORIES } from "@/components/inbox/triage-categories";

const EMPTY_MESSAGE = "Charts fill in as mail flows";
const DAYS = 14;

function lastDays(count: number): string[] {
  const format = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });
  const today = new Date();
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(today);
    day.setDate(today.getDate() - (count - 1 - i));
    return format.format(day);
  });
}

/**
 * The analytics charts. There is no analytics data source yet, so both charts
 * draw their axes only, under an empty-state overlay; never sample numbers.
 */
export function AnalyticsCharts() {
  // Day labels use the viewer's locale and clock, so they are computed in the browser.
  const [days] = useState(() => lastDays(DAYS));
  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, lg: 7 }}>
        <ChartCard title="Mail per day" description={`Emails triaged over the last ${DAYS} days`} emptyMessage={EMPTY_MESSAGE}>
          <TrendChart labels={days} series={[]} ariaLabel="Line chart of emails triaged per day: no data yet" />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 5 }}>
        <ChartCard title="Mail by category" description="How incoming mail was sorted" emptyMessage={EMPTY_MESSAGE}>
          <CategoryBarChart
            labels={TRIAGE_CATEGORIES.map((c) => c.short)}
            values={[]}
            seriesLabel="Emails"
            ariaLabel="Bar chart of emails by triage category: no data yet"
          />
        </ChartCard>
      </Grid>
    </Grid>
  );
}
