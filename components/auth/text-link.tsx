"use client";

import Link from "next/link";
import MuiLink, { type LinkProps } from "@mui/material/Link";

/**
 * An MUI link that navigates with next/link. A client module, so server
 * components can render it (they cannot pass next/link as `component`).
 */
export function TextLink(props: Omit<LinkProps<typeof Link>, "component"> & { href: string }) {
  return <MuiLink component={Link} {...props} />;
}
