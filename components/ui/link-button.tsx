"use client";

import Link from "next/link";
import Button, { type ButtonProps } from "@mui/material/Button";

type LinkButtonProps = Omit<ButtonProps<typeof Link>, "component"> & { href: string };

/**
 * An MUI button that navigates with next/link (client-side). Lives in a client
 * module so server components can use it without passing a component as a prop.
 */
export function LinkButton(props: LinkButtonProps) {
  return <Button component={Link} {...props} />;
}
