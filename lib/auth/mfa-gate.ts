/**
 * The MFA gate, as a pure decision (proxy.ts applies it to every request; the
 * wrappers check the same condition again). A signed-in user whose account has
 * MFA on but whose session has not proven it may reach only the challenge,
 * sign-out and static assets.
 */
export type GateState = "anonymous" | "verified" | "mfa_pending";
export type GateDecision = { action: "allow" } | { action: "redirect"; location: string } | { action: "deny" };

export const MFA_CHALLENGE_PATH = "/mfa";

const OPEN_WHILE_PENDING = new Set([
  MFA_CHALLENGE_PATH,
  "/api/account/sign-out",
  // Auth.js's own sign-out (POST, with its CSRF token).
  "/api/auth/signout",
  "/api/auth/csrf",
]);

const STATIC_ASSET = /\.(?:css|js|mjs|map|png|jpe?g|gif|svg|ico|webp|avif|woff2?|ttf|otf|txt|webmanifest)$/i;

export function isStaticAsset(pathname: string): boolean {
  if (pathname.startsWith("/_next/static/") || pathname.startsWith("/_next/image")) return true;
  return !pathname.startsWith("/api/") && !pathname.startsWith("/_next/") && STATIC_ASSET.test(pathname);
}

/** `search` (e.g. "?tab=2") is kept so the challenge can send the user on to the page they asked for. */
export function mfaGate(pathname: string, state: GateState, search = ""): GateDecision {
  if (state !== "mfa_pending") return { action: "allow" };
  if (OPEN_WHILE_PENDING.has(pathname) || isStaticAsset(pathname)) return { action: "allow" };
  if (pathname === "/api" || pathname.startsWith("/api/")) return { action: "deny" };
  const next = pathname === "/" ? "" : `?next=${encodeURIComponent(pathname + search)}`;
  return { action: "redirect", location: `${MFA_CHALLENGE_PATH}${next}` };
}
