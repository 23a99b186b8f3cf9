import Box from "@mui/material/Box";
import { ClosingCta } from "@/components/marketing/closing-cta";
import { Developers } from "@/components/marketing/developers";
import { Features } from "@/components/marketing/features";
import { Hero } from "@/components/marketing/hero";
import { HowItWorks } from "@/components/marketing/how-it-works";
import { LandingFooter } from "@/components/marketing/landing-footer";
import { LandingHeader } from "@/components/marketing/landing-header";
import { Pricing } from "@/components/marketing/pricing";
import { TriageCategories } from "@/components/marketing/triage-categories";

export default function LandingPage() {
  return (
    <Box sx={{ bgcolor: "background.default", minHeight: "100dvh" }}>
      <LandingHeader />
      <main>
        <Hero />
        <TriageCategories />
        <HowItWorks />
        <Features />
        <Developers />
        <Pricing />
        <ClosingCta />
      </main>
      <LandingFooter />
    </Box>
  );
}
