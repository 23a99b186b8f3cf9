import CheckOutlined from "@mui/icons-material/CheckOutlined";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Grid from "@mui/material/Grid";
import Typography from "@mui/material/Typography";
import { LinkButton } from "@/components/ui/link-button";
import { OVERAGE_UNIT_CENTS, PLAN_ORDER, PLANS, type PlanDefinition } from "@/lib/billing/plans";
import { Section } from "./section";

const dollars = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}`;
const count = (n: number) => n.toLocaleString("en-US");

/** What a plan includes, read from the plans module so the page cannot drift from what billing enforces. */
function planLines(plan: PlanDefinition): string[] {
  return [
    `${count(plan.mailboxes)} ${plan.mailboxes === 1 ? "mailbox" : "mailboxes"}, ${count(plan.seats)} ${plan.seats === 1 ? "seat" : "seats"}`,
    `${count(plan.emailsPerMonth)} emails triaged with AI a month`,
    `${count(plan.aiDraftsPerMonth)} AI reply drafts a month`,
    plan.overage ? `Past the quotas the AI keeps going at ${dollars(OVERAGE_UNIT_CENTS)} per email or draft (once subscribed; a trial pauses at the quota)` : "Past the quotas mail is still stored and sorted by rules and the classifier",
    ...(plan.apiAccess ? [`REST API (${count(plan.apiRequestsPerMinute)} requests a minute) and webhooks`] : []),
    ...(plan.autoSend ? ["Automations may send replies on their own"] : []),
    ...(plan.sso ? ["Single sign-on (OpenID Connect)"] : []),
  ];
}

export function Pricing() {
  return (
    <Section
      id="pricing"
      eyebrow="Pricing"
      title="Plans that grow with your inbox"
      intro={`Prices in US dollars, billed monthly or yearly (two months free). New workspaces start with a ${PLANS.PRO.trialDays}-day ${PLANS.PRO.name} trial, no card needed.`}
      tinted
    >
      <Grid container spacing={3}>
        {PLAN_ORDER.map((id) => {
          const plan = PLANS[id];
          const highlighted = id === "PRO";
          return (
            <Grid key={id} size={{ xs: 12, sm: 6, md: 3 }}>
              <Card data-testid={`plan-${id}`} sx={{ height: "100%", borderRadius: 3, display: "flex", flexDirection: "column", outline: highlighted ? 2 : 0, outlineColor: "primary.main" }}>
                <CardContent sx={{ p: 3, flexGrow: 1 }}>
                  <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
                    <Typography variant="h6" component="h3">
                      {plan.name}
                    </Typography>
                    {highlighted ? <Chip label="Trial plan" size="small" color="primary" /> : null}
                  </Box>
                  <Typography variant="body2" color="text.secondary">
                    {plan.tagline}
                  </Typography>
                  <Typography sx={{ mt: 2, fontSize: "2rem", fontWeight: 700 }}>
                    {dollars(plan.monthlyPriceCents)}
                    <Typography component="span" color="text.secondary" sx={{ fontSize: "1rem", fontWeight: 400 }}>
                      {" "}
                      / month
                    </Typography>
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {plan.yearlyPriceCents ? `or ${dollars(plan.yearlyPriceCents)} a year` : "free for good"}
                  </Typography>
                  <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0, mt: 2 }}>
                    {planLines(plan).map((line) => (
                      <Box component="li" key={line} sx={{ display: "flex", gap: 1, py: 0.5 }}>
                        <CheckOutlined fontSize="small" color="secondary" sx={{ mt: 0.25 }} aria-hidden="true" />
                        <Typography variant="body2">{line}</Typography>
                      </Box>
                    ))}
                  </Box>
                </CardContent>
                <Box sx={{ p: 3, pt: 0 }}>
                  <LinkButton href="/signup" variant={highlighted ? "contained" : "outlined"} fullWidth>
                    {plan.monthlyPriceCents ? "Start with a trial" : "Sign up free"}
                  </LinkButton>
                </Box>
              </Card>
            </Grid>
          );
        })}
      </Grid>
    </Section>
  );
}
