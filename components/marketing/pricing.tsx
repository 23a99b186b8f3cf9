import DataUsageOutlined from "@mui/icons-material/DataUsageOutlined";
import MoneyOffOutlined from "@mui/icons-material/MoneyOffOutlined";
import VisibilityOutlined from "@mui/icons-material/VisibilityOutlined";
import Grid from "@mui/material/Grid";
import { FeatureCard } from "./feature-card";
import { Section } from "./section";

export function Pricing() {
  return (
    <Section
      id="pricing"
      eyebrow="Pricing"
      title="Pay for the mail you process"
      intro="Plans are billed by usage, so a quiet month costs less than a busy one."
      tinted
    >
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 4 }}>
          <FeatureCard icon={<DataUsageOutlined />} title="Metered, not per seat">
            Usage counts the emails Fikiri processes and the AI work it does for you: classifications and drafted replies.
          </FeatureCard>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FeatureCard icon={<MoneyOffOutlined />} title="Rules keep it cheap">
            Mail your rules can settle never reaches the AI, which is the expensive part. Better rules, smaller bill.
          </FeatureCard>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FeatureCard icon={<VisibilityOutlined />} title="No surprises">
            The Billing page shows usage for the current period as it happens, alongside your plan and invoices.
          </FeatureCard>
        </Grid>
      </Grid>
    </Section>
  );
}
