import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import Toolbar from "@mui/material/Toolbar";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { LinkButton } from "@/components/ui/link-button";
import { LogoLink } from "@/components/ui/logo-link";

export function LandingHeader({ demo }: { demo: boolean }) {
  return (
    <AppBar position="sticky" sx={{ bgcolor: "background.default", borderBottom: 1, borderColor: "divider" }}>
      <Container maxWidth="lg">
        <Toolbar disableGutters sx={{ gap: 1 }}>
          <Box sx={{ flexGrow: 1 }}>
            <LogoLink size={30} />
          </Box>
          <Box component="nav" aria-label="Page sections" sx={{ display: { xs: "none", md: "flex" }, gap: 0.5, mr: 1 }}>
            <LinkButton href="#triage" color="inherit">
              Triage
            </LinkButton>
            <LinkButton href="#how-it-works" color="inherit">
              How it works
            </LinkButton>
            <LinkButton href="#features" color="inherit">
              Features
            </LinkButton>
            <LinkButton href="#pricing" color="inherit">
              Pricing
            </LinkButton>
          </Box>
          <ThemeToggle />
          {demo ? (
            <LinkButton href="/signin?next=%2Finbox" color="inherit" size="small" sx={{ display: { xs: "none", lg: "inline-flex" } }}>
              Open the demo
            </LinkButton>
          ) : null}
          <LinkButton href="/signin" color="inherit" size="small">
            Sign in
          </LinkButton>
          <LinkButton href="/signup" variant="contained" size="small">
            Sign up
          </LinkButton>
        </Toolbar>
      </Container>
    </AppBar>
  );
}
