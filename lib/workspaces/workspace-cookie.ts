/** The cookie that remembers the workspace a browser is working in. */
export const WORKSPACE_COOKIE = "fikiri_ws";

export const WORKSPACE_COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  maxAge: 60 * 60 * 24 * 365,
};
