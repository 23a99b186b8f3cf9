import type { Metadata } from "next";
import AutoAwesomeOutlined from "@mui/icons-material/AutoAwesomeOutlined";
import CreditCardOutlined from "@mui/icons-material/CreditCardOutlined";
import DraftsOutlined from "@mui/icons-material/DraftsOutlined";
import MailOutlined from "@mui/icons-material/MailOutlined";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Billing" };

const USAGE = [
  { label: "Emails processed", icon: <MailOutlined /> },
  { label: "AI classifications", icon: <AutoAwesomeOutlined /> },
  { label: "AI drafted replies", icon: <DraftsOutlined /> },
];

export default async function BillingPage() {
  await requireWorkspacePage("billing.read");
  return (
    <>
      <PageHeader
        title="Billing"
        description="Plans are billed by usage: the emails Fikiri processes and the AI work it does. Usage for the current period shows here as it happens."
      />
      <Grid container spacing={2}>
        {USAGE.map((item) => (
          <Grid key={item.label} size={{ xs: 12, sm: 4 }}>
            <StatCard label={item.label} value={null} icon={item.icon} hint="Usage appears once mail flows" />
          </Grid>
        ))}
      </Grid>
      <Box sx={{ mt: 3 }}>
        <EmptyState
          icon={<CreditCardOutlined />}
          title="Billing is not set up for this workspace"
          description="Your plan, payment method and invoices will be managed here."
        />
      </Box>
    </>
  );
}
