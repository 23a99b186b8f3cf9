import ArrowForward from "@mui/icons-material/ArrowForward";
import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { LinkButton } from "@/components/ui/link-button";
import { TriageFlow } from "./triage-flow";

export function Hero() {
  return (
    <Box component="section" aria-labelledby="hero-title" sx={{ pt: { xs: 6, md: 10 }, pb: { xs: 8, md: 12 } }}>
      <Container maxWidth="lg">
        <Grid container spacing={{ xs: 6, md: 8 }} sx={{ alignItems: "center" }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="overline" color="primary" component="p">
              Email automation with a built-in CRM
            </Typography>
            <Typography id="hero-title" variant="h2" component="h1" sx={{ mt: 1, fontSize: { xs: "2.3rem", sm: "3rem", md: "3.4rem" }, lineHeight: 1.1 }}>
              Every email sorted. Every lead followed up.
            </Typography>
            <Typography color="text.secondary" sx={{ mt: 3, fontSize: { xs: "1.05rem", md: "1.15rem" }, maxWidth: 560 }}>
              Fikiri watches your Gmail, sorts each message the moment it arrives, drafts replies from what your business actually
              knows, and keeps every enquiry in a simple CRM — so nothing slips while you are busy doing the work.
            </Typography>
            <Stack direction={{ xs: "column", sm: "row" }} spacing={1.5} sx={{ mt: 4 }}>
              <LinkButton href="/inbox" variant="contained" size="large" endIcon={<ArrowForward />}>
                Open the demo workspace
              </LinkButton>
              <LinkButton href="#how-it-works" variant="outlined" size="large">
                See how it works
              </LinkButton>
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              The demo workspace starts empty: connect a mailbox to see your own mail sorted.
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
