"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Grid from "@mui/material/Grid";
import ToggleButton from "@mui/material/ToggleButton";
import ToggleButtonGroup from "@mui/material/ToggleButtonGroup";
import Typography from "@mui/material/Typography";
import { openBillingPortalAction, startCheckoutAction } from "@/app/(dashboard)/billing/billing-actions";
import { useServerAction } from "@/components/workspaces/use-server-action";
import type { PlanDefinition } from "@/lib/billing/plans";
import { formatMoney } from "./format-money";

interface PlanPickerProps {
  plans: PlanDefinition[];
  currentPlan: PlanDefinition["id"];
  /** On a trial started without a card: the trial plan is not yet bought, so every paid plan can be subscribed to. */
  localTrial?: boolean;
  hasSubscription: boolean;
  hasCustomer: boolean;
  canManage: boolean;
  stripeReady: boolean;
}

function features(plan: PlanDefinition): string[] {
  return [
    `${plan.emailsPerMonth.toLocaleString("en-US")} emails / month`,
    `${plan.aiDraftsPerMonth.toLocaleString("en-US")} AI drafts / month`,
    `${plan.mailboxes} mailbox${plan.mailboxes > 1 ? "es" : ""}, ${plan.seats} seat${plan.seats > 1 ? "s" : ""}`,
    plan.autoSend ? "Auto-send replies" : "Drafts for review",
    plan.apiAccess ? `REST API, ${plan.apiRequestsPerMinute}/min` : "No API access",
    ...(plan.sso ? ["Enterprise SSO"] : []),
    plan.overage ? "Overage billed per unit" : "AI pauses at the limit",
  ];
}

/** The plans side by side: subscribe through Stripe Checkout, or manage an existing subscription in the portal. */
export function PlanPicker({ plans, currentPlan, hasSubscription, hasCustomer, canManage, stripeReady, localTrial = false }: PlanPickerProps) {
  const [interval, setInterval] = useState<"MONTH" | "YEAR">("MONTH");
  const { run, pending, error } = useServerAction();
  const go = (url: string) => window.location.assign(url);
  const disabled = !canManage || !stripeReady || pending;

  return (
    <Box>
      {error ? <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert> : null}
      {!stripeReady ? <Alert severity="info" sx={{ mb: 2 }}>Stripe is not configured on this server, so plans cannot be bought here.</Alert> : null}
      {!canManage ? <Alert severity="info" sx={{ mb: 2 }}>Only workspace owners can change billing.</Alert> : null}
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2, alignItems: "center", mb: 2 }}>
        <ToggleButtonGroup exclusive size="small" value={interval} onChange={(_e, v: "MONTH" | "YEAR" | null) => v && setInterval(v)} aria-label="Billing interval">
          <ToggleButton value="MONTH">Monthly</ToggleButton>
          <ToggleButton value="YEAR">Yearly</ToggleButton>
        </ToggleButtonGroup>
        {hasCustomer ? (
          <Button variant="outlined" disabled={disabled} onClick={() => run(() => openBillingPortalAction({}), (d) => go(d.url))}>
            Manage billing
          </Button>
        ) : null}
      </Box>
      <Grid container spacing={2}>
        {plans.map((plan) => {
          const trial = localTrial && plan.id === currentPlan;
          const current = plan.id === currentPlan && !localTrial;
          const price = interval === "MONTH" ? plan.monthlyPriceCents : plan.yearlyPriceCents;
          return (
            <Grid key={plan.id} size={{ xs: 12, sm: 6, md: 3 }}>
              <Card variant="outlined" sx={{ height: "100%", borderColor: current ? "primary.main" : undefined }} data-testid={`plan-${plan.id}`}>
                <CardContent>
                  <Box sx={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
                    <Typography variant="h6" component="h3">{plan.name}</Typography>
                    {current ? <Chip size="small" color="primary" label="Current" /> : null}
                    {trial ? <Chip size="small" color="primary" variant="outlined" label="Your trial" /> : null}
                  </Box>
                  <Typography variant="body2" color="text.secondary">{plan.tagline}</Typography>
                  <Typography variant="h5" sx={{ my: 1 }}>
                    {formatMoney(price)}
                    <Typography component="span" variant="body2" color="text.secondary"> / {interval === "MONTH" ? "month" : "year"}</Typography>
                  </Typography>
                  <Box component="ul" sx={{ pl: 2, my: 1 }}>
                    {features(plan).map((f) => (
                      <Typography component="li" variant="body2" key={f}>{f}</Typography>
                    ))}
                  </Box>
                  {plan.id === "FREE" || current ? null : hasSubscription ? (
                    <Button fullWidth variant="outlined" disabled={disabled} onClick={() => run(() => openBillingPortalAction({}), (d) => go(d.url))}>
                      Switch in portal
                    </Button>
                  ) : (
                    <Button fullWidth variant="contained" disabled={disabled} onClick={() => run(() => startCheckoutAction({ plan: plan.id, interval }), (d) => go(d.url))}>
                      {plan.trialDays > 0 && !hasCustomer && !localTrial ? `Start ${plan.trialDays}-day trial` : `Subscribe to ${plan.name}`}
                    </Button>
                  )}
                </CardContent>
              </Card>
            </Grid>
          );
        })}
      </Grid>
    </Box>
  );
}
