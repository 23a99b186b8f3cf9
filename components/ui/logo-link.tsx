"use client";

import Link from "next/link";
import Box from "@mui/material/Box";
import { Logo } from "./logo";

/** The logo as a link to the landing page (a client module so server components can render it). */
export function LogoLink({ size = 30, onClick }: { size?: number; onClick?: () => void }) {
  return (
    <Box
      component={Link}
      href="/"
      onClick={onClick}
      aria-label="Fikiri home"
      sx={{
        display: "inline-flex",
        textDecoration: "none",
        borderRadius: 1,
        "&:focus-visible": { outline: "2px solid", outlineColor: "primary.main", outlineOffset: 4 },
      }}
    >
      <Logo size={size} />
    </Box>
  );
}
