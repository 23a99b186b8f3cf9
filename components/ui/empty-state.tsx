import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  description: ReactNode;
  /** Usually a LinkButton to the place that fixes the emptiness. */
  action?: ReactNode;
  /** Extra content under the action, such as a short list of what will appear. */
  children?: ReactNode;
  /** Heading level of the title; the page's h1 is the PageHeader. */
  headingLevel?: "h2" | "h3";
}

/** What a section shows before it has data: what will be here and how to get it. */
export function EmptyState({ icon, title, description, action, children, headingLevel = "h2" }: EmptyStateProps) {
  return (
    <Paper
      variant="outlined"
      sx={{
        px: { xs: 2.5, sm: 5 },
        py: { xs: 4, sm: 6 },
        textAlign: "center",
        borderStyle: "dashed",
        bgcolor: "background.paper",
      }}
    >
      <Box
        aria-hidden="true"
        sx={{
          mx: "auto",
          mb: 2,
          width: 56,
          height: 56,
          borderRadius: "50%",
          display: "grid",
          placeItems: "center",
          bgcolor: "action.hover",
          color: "primary.main",
          "& svg": { fontSize: 28 },
        }}
      >
        {icon}
      </Box>
      <Typography variant="h6" component={headingLevel}>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mx: "auto", maxWidth: 520 }}>
        {description}
      </Typography>
      {action ? <Box sx={{ mt: 3, display: "flex", justifyContent: "center", gap: 1, flexWrap: "wrap" }}>{action}</Box> : null}
      {children ? <Box sx={{ mt: 4, textAlign: "left", maxWidth: 640, mx: "auto" }}>{children}</Box> : null}
    </Paper>
  );
}
