export const DEFAULT_AFTER_SIGN_IN = "/inbox";

/** A same-site path to continue to after sign-in; anything else (other hosts, //evil, \\evil) falls back. */
export function safeNextPath(next: string | null | undefined, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  if (/[\u0000-\u001f]/.test(next)) return fallback;
  if (next === "/signin" || next.startsWith("/signin?") || next.startsWith("/mfa")) return fallback;
  return next;
}
