import ArrowForward from "@mui/icons-material/ArrowForward";
import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { LinkButton } from "@/components/ui/link-button";
import { PLANS } from "@/lib/billing/plans";
import { TriageFlow } from "./triage-flow";

export function Hero({ demo }: { demo: boolean }) {
  return (
    <Box component="section" aria-labelledby="hero-title" sx={{ pt: { xs: 6, md: 10 }, pb: { xs: 8, md: 12 } }}>
      <Container maxWidth="lg">
        <Grid container spacing={{ xs: 6, md: 8 }} sx={{ alignItems: "center" }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="overline" color="primary" component="p">
              Email automation with a built-in CRM
            </Typography>
            <Typography id="hero-title" variant="h2" component="h1" sx={{ mt: 1, fontSize: { xs: "2.3rem", sm: "3rem", md: "3.4rem" }, lineHeight: 1.1 }}>
              Every email sorted. Every enquiry kept.
            </Typography>
            <Typography color="text.secondary" sx={{ mt: 3, fontSize: { xs: "1.05rem", md: "1.15rem" }, maxWidth: 560 }}>
              Fikiri receives your Gmail as it arrives, sorts each message into what needs you, what is automated and what is spam,
              drafts replies that quote your own prices, hours and policies, and keeps the people who write to you in a simple CRM.
            </Typography>
            <Stack direction={{ xs: "column", sm: "row" }} spacing={1.5} sx={{ mt: 4 }}>
              <LinkButton href="/signup" variant="contained" size="large" endIcon={<ArrowForward />}>
                Sign up
              </LinkButton>
              <LinkButton href="/signin" variant="outlined" size="large">
                Sign in
              </LinkButton>
              {demo ? (
                <LinkButton href="/signin?next=%2Finbox" variant="text" size="large">
                  Open the demo
                </LinkButton>
              ) : null}
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }} data-testid="hero-note">
              {`New workspaces start with a ${PLANS.PRO.trialDays}-day ${PLANS.PRO.name} trial, no card needed.`}
              {demo ? " The demo is a plumbing business with two weeks of mail, a knowledge base and a sales pipeline." : ""}
            </Typography>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TriageFlow />
          </Grid>
        </Grid>
      </Container>
    </Box>
  );
}
