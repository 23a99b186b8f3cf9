import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { LogoLink } from "@/components/ui/logo-link";

/** The frame of the signed-out pages: logo, one heading, one card. */
export function AuthCard({ title, description, children, footer }: { title: string; description?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <Box component="main" sx={{ minHeight: "100dvh", display: "flex", alignItems: { xs: "flex-start", sm: "center" }, justifyContent: "center", px: 2, py: { xs: 4, sm: 6 }, bgcolor: "background.default" }}>
      <Box sx={{ width: "100%", maxWidth: 440 }}>
        <Box sx={{ display: "flex", justifyContent: "center", mb: 3 }}>
          <LogoLink size={36} />
        </Box>
        <Paper variant="outlined" sx={{ p: { xs: 2.5, sm: 4 } }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
            {title}
          </Typography>
          {description ? (
            <Typography color="text.secondary" sx={{ mt: 1 }}>
              {description}
            </Typography>
          ) : null}
          <Box sx={{ mt: 3 }}>{children}</Box>
        </Paper>
        {footer ? <Box sx={{ mt: 2, textAlign: "center" }}>{footer}</Box> : null}
      </Box>
    </Box>
  );
}
