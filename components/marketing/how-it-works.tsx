import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid";
import Typography from "@mui/material/Typography";
import { Section } from "./section";

const STEPS = [
  {
    title: "Connect Gmail",
    text: "Sign in with Google once. Gmail pushes each new message to Fikiri as it arrives, so nothing waits for a polling cycle.",
  },
  {
    title: "Cheap rules first",
    text: "Your rules and known senders settle the easy cases instantly, without spending anything on AI.",
  },
  {
    title: "AI only when needed",
    text: "Only the messages the rules cannot place go to the model. You pay for AI where it adds something, not on every newsletter.",
  },
  {
    title: "You approve the reply",
    text: "Drafts quote your own prices, hours and policies from the knowledge base. You review, edit and send.",
  },
];

export function HowItWorks() {
  return (
    <Section
      id="how-it-works"
      eyebrow="How it works"
      title="Rules first, AI second, you in charge"
      intro="Most business email is predictable. Fikiri treats it that way and saves the clever part for the messages that need it."
    >
      <Grid component="ol" container spacing={3} sx={{ listStyle: "none", p: 0, m: 0 }}>
        {STEPS.map((step, index) => (
          <Grid component="li" key={step.title} size={{ xs: 12, sm: 6, md: 3 }}>
            <Box
              aria-hidden="true"
              sx={{
                width: 36,
                height: 36,
                borderRadius: "50%",
                display: "grid",
                placeItems: "center",
                bgcolor: "primary.main",
                color: "primary.contrastText",
                fontWeight: 700,
                mb: 2,
              }}
            >
              {index + 1}
            </Box>
            <Typography variant="h6" component="h3">
              {step.title}
            </Typography>
            <Typography color="text.secondary" sx={{ mt: 1 }}>
              {step.text}
            </Typography>
          </Grid>
        ))}
      </Grid>
    </Section>
  );
}
