import Grid from "@mui/material/Grid";
import type { Analytics } from "@/lib/analytics/get-analytics";
import { CrmCharts } from "./crm-charts";
import { MailPerDayChart, TriageCharts } from "./mail-charts";
import { TopSenders } from "./top-senders";
import { WorkCharts } from "./work-charts";

/** Every analytics chart for one range; each shows its own empty state when it has no data. */
export function AnalyticsCharts({ data }: { data: Analytics }) {
  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <MailPerDayChart data={data} height={300} />
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <TopSenders senders={data.senders} />
      </Grid>
      <TriageCharts data={data} />
      <WorkCharts data={data} />
      <CrmCharts data={data} />
    </Grid>
  );
}
