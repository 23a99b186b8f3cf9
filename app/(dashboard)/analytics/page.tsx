import type { Metadata } from "next";
import AutoAwesomeOutlined from "@mui/icons-material/AutoAwesomeOutlined";
import MailOutlined from "@mui/icons-material/MailOutlined";
import PersonAddAltOutlined from "@mui/icons-material/PersonAddAltOutlined";
import RuleOutlined from "@mui/icons-material/RuleOutlined";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid";
import { AnalyticsCharts } from "@/components/analytics/analytics-charts";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Analytics" };

const NO_DATA = "No mail processed yet";

// Values stay null until there is an analytics source: the cards show a dash, not a guess.
const STATS = [
  { label: "Emails processed", icon: <MailOutlined /> },
  { label: "Settled by rules", icon: <RuleOutlined /> },
  { label: "Sent to AI", icon: <AutoAwesomeOutlined /> },
  { label: "Leads created", icon: <PersonAddAltOutlined /> },
];

export default async function AnalyticsPage() {
  await requireWorkspacePage("analytics.read");
  return (
    <>
      <PageHeader title="Analytics" description="How much mail arrives, how it was sorted, and how much of it needed AI." />
      <Grid container spacing={2}>
        {STATS.map((stat) => (
          <Grid key={stat.label} size={{ xs: 6, lg: 3 }}>
            <StatCard label={stat.label} value={null} icon={stat.icon} hint={NO_DATA} />
          </Grid>
        ))}
      </Grid>
      <Box sx={{ mt: 3 }}>
        <AnalyticsCharts />
      </Box>
    </>
  );
}
