import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { Logo } from "./logo";

interface StatusPageProps {
  /** Short code shown above the title, such as 404. */
  code?: string;
  title: string;
  description: ReactNode;
  actions: ReactNode;
  children?: ReactNode;
}

/** A full-page message for "not found" and "something broke". */
export function StatusPage({ code, title, description, actions, children }: StatusPageProps) {
  return (
    <Box component="main" sx={{ minHeight: "100dvh", display: "grid", placeItems: "center", bgcolor: "background.default", py: 6 }}>
      <Container maxWidth="sm" sx={{ textAlign: "center" }}>
        <Logo size={36} />
        {code ? (
          <Typography variant="overline" color="primary" component="p" sx={{ mt: 5 }}>
            {code}
          </Typography>
        ) : null}
        <Typography variant="h4" component="h1" sx={{ mt: code ? 1 : 5 }}>
          {title}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 2 }}>
          {description}
        </Typography>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={1.5} sx={{ mt: 4, justifyContent: "center" }}>
          {actions}
        </Stack>
        {children}
      </Container>
    </Box>
  );
}
