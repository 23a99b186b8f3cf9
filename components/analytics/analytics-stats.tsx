import AttachMoneyOutlined from "@mui/icons-material/AttachMoneyOutlined";
import MailOutlined from "@mui/icons-material/MailOutlined";
import PersonAddAltOutlined from "@mui/icons-material/PersonAddAltOutlined";
import PriorityHighOutlined from "@mui/icons-material/PriorityHighOutlined";
import TimerOutlined from "@mui/icons-material/TimerOutlined";
import Grid from "@mui/material/Grid";
import { StatCard } from "@/components/ui/stat-card";
import type { Analytics } from "@/lib/analytics/get-analytics";
import { formatPercent, formatSeconds, formatUsd } from "./analytics-format";

/** Headline numbers for the period; a dash (with the reason) where there is nothing to measure. */
export function AnalyticsStats({ data, compact = false }: { data: Analytics; compact?: boolean }) {
  const period = `Last ${data.range} days`;
  const noTriage = data.triage.triaged === 0 ? "No triaged mail in this period" : period;
  const cards = [
    { label: "Emails received", value: data.mail.total, icon: <MailOutlined />, hint: period },
    { label: "Needing attention", value: formatPercent(data.triage.attention, data.triage.triaged), icon: <PriorityHighOutlined />, hint: data.triage.triaged ? `${data.triage.attention} of ${data.triage.triaged} triaged` : noTriage },
    { label: "Avg triage time", value: formatSeconds(data.triage.avgTriageSeconds), icon: <TimerOutlined />, hint: data.triage.avgTriageSeconds !== null ? "From stored to sorted" : data.triage.triaged ? "Verdicts without a stored message to time" : noTriage },
    { label: "AI cost", value: formatUsd(data.aiCost.totalUsd), icon: <AttachMoneyOutlined />, hint: `${data.aiCost.calls} AI calls · ${period.toLowerCase()}` },
    { label: "New leads", value: data.triage.leads, icon: <PersonAddAltOutlined />, hint: "Emails triaged as leads" },
  ];
  const shown = compact ? cards.filter((c) => c.label !== "Avg triage time") : cards;
  return (
    <Grid container spacing={2}>
      {shown.map((c) => (
        <Grid key={c.label} size={{ xs: 6, md: compact ? 3 : 12 / 5 }} sx={{ flexGrow: 1 }}>
          <StatCard label={c.label} value={c.value} icon={c.icon} hint={c.hint} />
        </Grid>
      ))}
    </Grid>
  );
}
