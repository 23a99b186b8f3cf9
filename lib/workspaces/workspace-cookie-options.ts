import { useSecureCookies } from "@/lib/auth/auth-secret";

/** Attributes of the fikiri_ws cookie (WORKSPACE_COOKIE): which workspace this browser works in. */
export const WORKSPACE_COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: "lax" as const,
  secure: useSecureCookies,
  path: "/",
  maxAge: 60 * 60 * 24 * 365,
};
