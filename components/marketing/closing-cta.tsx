import ArrowForward from "@mui/icons-material/ArrowForward";
import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import Typography from "@mui/material/Typography";
import { LinkButton } from "@/components/ui/link-button";

export function ClosingCta({ demo }: { demo: boolean }) {
  return (
    <Box component="section" aria-labelledby="closing-title" sx={{ py: { xs: 8, md: 12 } }}>
      <Container maxWidth="md" sx={{ textAlign: "center" }}>
        <Typography id="closing-title" variant="h3" component="h2" sx={{ fontSize: { xs: "1.8rem", md: "2.4rem" } }}>
          See where your email would go
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 2, fontSize: "1.05rem" }}>
          {demo
            ? "Walk through the inbox, CRM, automations and knowledge base of the demo plumbing business, or sign up and connect your own mailbox."
            : "Sign up, connect your mailbox, and the setup guide takes you to your first sorted email with a drafted reply."}
        </Typography>
        <Box sx={{ display: "flex", gap: 1.5, justifyContent: "center", flexWrap: "wrap", mt: 4 }}>
          <LinkButton href="/signup" variant="contained" size="large" endIcon={<ArrowForward />}>
            Sign up
          </LinkButton>
          {demo ? (
            <LinkButton href="/signin?next=%2Finbox" variant="outlined" size="large">
              Open the demo
            </LinkButton>
          ) : null}
        </Box>
      </Container>
    </Box>
  );
}
