import type { Metadata } from "next";
import Box from "@mui/material/Box";
import { AnalyticsCharts } from "@/components/analytics/analytics-charts";
import { AnalyticsStats } from "@/components/analytics/analytics-stats";
import { RangeSelector } from "@/components/analytics/range-selector";
import { PageHeader } from "@/components/ui/page-header";
import { analyticsRangeSchema } from "@/lib/analytics/analytics-schemas";
import { getAnalytics } from "@/lib/analytics/get-analytics";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Analytics" };

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<{ days?: string | string[] }> }) {
  const { workspace } = await requireWorkspacePage("analytics.read");
  const range = analyticsRangeSchema.parse((await searchParams).days);
  const data = await getAnalytics(workspace.id, range);
  return (
    <>
      <PageHeader
        title="Analytics"
        description="How much mail arrives, how it was sorted, what the AI did and how deals move."
        actions={<RangeSelector path="/analytics" value={range} />}
      />
      <AnalyticsStats data={data} />
      <Box sx={{ mt: 3 }}>
        <AnalyticsCharts data={data} />
      </Box>
    </>
  );
}
