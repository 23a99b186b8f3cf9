import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid";
import Typography from "@mui/material/Typography";
import { Section } from "./section";

const STEPS = [
  {
    title: "Connect Gmail",
    text: "Grant access once with Google. Gmail pushes each new message to Fikiri as it arrives, and the last two weeks are imported when you connect.",
  },
  {
    title: "Rules and a local model first",
    text: "Your sender rules, known contacts and list headers settle the easy cases, then a classifier running on Fikiri's own server. Neither costs any AI.",
  },
  {
    title: "AI where it adds something",
    text: "With an OpenAI key, the model sees the mail the rules and classifier could not place, and the mail that needs you, to tell a lead from a support question. Spam and newsletters they settled never reach it.",
  },
  {
    title: "You approve the reply",
    text: "Drafts quote your own prices, hours and policies from the knowledge base and list their sources. You review, edit and send.",
  },
];

export function HowItWorks() {
  return (
    <Section
      id="how-it-works"
      eyebrow="How it works"
      title="Rules first, AI where it helps, you in charge"
      intro="Most business email is predictable. Fikiri treats it that way and saves the model for the messages that need a person."
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
