import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import Typography from "@mui/material/Typography";

interface SectionProps {
  id: string;
  eyebrow: string;
  title: string;
  intro?: ReactNode;
  tinted?: boolean;
  children: ReactNode;
}

/** A landing-page section with its anchor, eyebrow, h2 and intro. */
export function Section({ id, eyebrow, title, intro, tinted = false, children }: SectionProps) {
  return (
    <Box
      component="section"
      id={id}
      aria-labelledby={`${id}-title`}
      sx={{
        py: { xs: 8, md: 12 },
        scrollMarginTop: 64,
        bgcolor: tinted ? "background.paper" : "transparent",
        borderTop: tinted ? 1 : 0,
        borderBottom: tinted ? 1 : 0,
        borderColor: "divider",
      }}
    >
      <Container maxWidth="lg">
        <Box sx={{ maxWidth: 720, mb: { xs: 4, md: 6 } }}>
          <Typography variant="overline" color="primary" component="p">
            {eyebrow}
          </Typography>
          <Typography id={`${id}-title`} variant="h3" component="h2" sx={{ mt: 1, fontSize: { xs: "1.8rem", md: "2.4rem" } }}>
            {title}
          </Typography>
          {intro ? (
            <Typography color="text.secondary" sx={{ mt: 2, fontSize: "1.05rem" }}>
              {intro}
            </Typography>
          ) : null}
        </Box>
        {children}
      </Container>
    </Box>
  );
}
