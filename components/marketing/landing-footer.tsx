import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import Typography from "@mui/material/Typography";
import { Logo } from "@/components/ui/logo";

export function LandingFooter() {
  return (
    <Box component="footer" sx={{ borderTop: 1, borderColor: "divider", py: 4 }}>
      <Container
        maxWidth="lg"
        sx={{ display: "flex", flexDirection: { xs: "column", sm: "row" }, gap: 2, alignItems: { sm: "center" }, justifyContent: "space-between" }}
      >
        <Logo size={24} />
        <Typography variant="body2" color="text.secondary">
          Email automation with a built-in CRM, for small businesses.
        </Typography>
      </Container>
    </Box>
  );
}
