import ArrowForward from "@mui/icons-material/ArrowForward";
import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import Typography from "@mui/material/Typography";
import { LinkButton } from "@/components/ui/link-button";

export function ClosingCta() {
  return (
    <Box component="section" aria-labelledby="closing-title" sx={{ py: { xs: 8, md: 12 } }}>
      <Container maxWidth="md" sx={{ textAlign: "center" }}>
        <Typography id="closing-title" variant="h3" component="h2" sx={{ fontSize: { xs: "1.8rem", md: "2.4rem" } }}>
          See where your email would go
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 2, fontSize: "1.05rem" }}>
          Walk through the inbox, CRM, automations and knowledge base in the demo workspace.
        </Typography>
        <LinkButton href="/inbox" variant="contained" size="large" endIcon={<ArrowForward />} sx={{ mt: 4 }}>
          Open the demo workspace
        </LinkButton>
      </Container>
    </Box>
  );
}
