import Box from "@mui/material/Box";
import { connection } from "next/server";
import { ClosingCta } from "@/components/marketing/closing-cta";
import { Developers } from "@/components/marketing/developers";
import { Features } from "@/components/marketing/features";
import { Hero } from "@/components/marketing/hero";
import { HowItWorks } from "@/components/marketing/how-it-works";
import { LandingFooter } from "@/components/marketing/landing-footer";
import { LandingHeader } from "@/components/marketing/landing-header";
import { Pricing } from "@/components/marketing/pricing";
import { TriageCategories } from "@/components/marketing/triage-categories";
import { demoAvailable } from "@/lib/demo/demo-available";

export default async function LandingPage() {
  // Rendered per request: whether this server has the demo is known at run time, not at build.
  await connection();
  const demo = demoAvailable();
  return (
    <Box sx={{ bgcolor: "background.default", minHeight: "100dvh" }}>
      <LandingHeader demo={demo} />
      <main>
        <Hero demo={demo} />
        <TriageCategories />
        <HowItWorks />
        <Features />
        <Developers />
        <Pricing />
        <ClosingCta demo={demo} />
      </main>
      <LandingFooter />
    </Box>
  );
}
