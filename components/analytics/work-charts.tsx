"use client";

import Grid from "@mui/material/Grid";
import { CategoryBarChart } from "@/components/charts/category-bar-chart";
import { ChartCard } from "@/components/charts/chart-card";
import type { Analytics } from "@/lib/analytics/get-analytics";

const DRAFT_STATUSES = [
  { key: "PROPOSED", label: "Proposed" },
  { key: "SAVED", label: "Saved to Gmail" },
  { key: "SENT", label: "Sent" },
  { key: "DISCARDED", label: "Discarded" },
] as const;

/** AI drafts by outcome and actions automation rules carried out. */
export function WorkCharts({ data }: { data: Analytics }) {
  const drafts = DRAFT_STATUSES.map((s) => data.work.drafts[s.key]);
  const draftTotal = drafts.reduce((a, b) => a + b, 0);
  const actionTotal = data.work.actions.reduce((a, b) => a + b.count, 0);
  return (
    <>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title="AI drafts" description={`${draftTotal} drafts written in the period, by where they ended up`} emptyMessage={draftTotal ? undefined : "No drafts in this period"}>
          <CategoryBarChart labels={DRAFT_STATUSES.map((s) => s.label)} values={drafts} seriesLabel="Drafts" ariaLabel="Bar chart of AI drafts by status" />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard
          title="Automation actions"
          description={`${actionTotal} actions taken${data.work.actionsFailed ? `, ${data.work.actionsFailed} failed` : ""}`}
          emptyMessage={actionTotal ? undefined : "No automation actions in this period"}
        >
          <CategoryBarChart labels={data.work.actions.map((a) => a.actionType)} values={data.work.actions.map((a) => a.count)} seriesLabel="Actions" ariaLabel="Bar chart of automation actions taken by type" />
        </ChartCard>
      </Grid>
    </>
  );
}
