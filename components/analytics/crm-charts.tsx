"use client";

import Grid from "@mui/material/Grid";
import { CategoryBarChart } from "@/components/charts/category-bar-chart";
import { ChartCard } from "@/components/charts/chart-card";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import type { Analytics } from "@/lib/analytics/get-analytics";
import { formatDayKey } from "./analytics-format";

function stageLabel(name: string, conversion: number | null): string {
  return conversion === null ? name : `${name} (${Math.round(conversion * 100)}%)`;
}

/** Pipeline funnel (with stage-to-stage conversion in the labels) and deals created per week. */
export function CrmCharts({ data }: { data: Analytics }) {
  const { funnel, dealsPerWeek } = data;
  return (
    <>
      <Grid size={{ xs: 12, md: 7 }}>
        <ChartCard
          title={funnel.pipelineName ? `${funnel.pipelineName} funnel` : "Pipeline funnel"}
          description={`Deals that reached each stage; % is conversion from the stage before.${funnel.lost ? ` ${funnel.lost} lost.` : ""}`}
          emptyMessage={funnel.deals ? undefined : "No deal moved in this period"}
        >
          <StackedBarChart
            horizontal
            labels={funnel.stages.map((s) => stageLabel(s.name, s.conversion))}
            series={[{ label: "Deals", data: funnel.stages.map((s) => s.reached) }]}
            ariaLabel={`Funnel of ${funnel.deals} deals by stage reached`}
          />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <ChartCard title="Deals created per week" description="Weeks start on Monday (UTC)" emptyMessage={dealsPerWeek.total ? undefined : "No deals created in this period"}>
          <CategoryBarChart labels={dealsPerWeek.weeks.map(formatDayKey)} values={dealsPerWeek.counts} seriesLabel="Deals" ariaLabel="Bar chart of deals created per week" />
        </ChartCard>
      </Grid>
    </>
  );
}
