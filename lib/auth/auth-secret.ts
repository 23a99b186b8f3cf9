import { env } from "@/lib/env";

// Tests run without a launcher; everything else gets AUTH_SECRET from the
// environment (lib/env.ts requires it in production, the launcher generates one locally).
const TEST_ONLY_SECRET = "fikiri-test-only-auth-secret-not-for-use";

export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "test") return TEST_ONLY_SECRET;
  throw new Error("AUTH_SECRET is not set. Start the app with `npm run dev` / `npm start`, or set AUTH_SECRET (openssl rand -base64 32).");
}

/** Secure cookies (and the __Secure- prefix) whenever the app is served over HTTPS. */
export const useSecureCookies = env.APP_URL.startsWith("https://");

/** Auth.js's session cookie name; our own code reads and writes the same cookie. */
export const SESSION_COOKIE = `${useSecureCookies ? "__Secure-" : ""}authjs.session-token`;

/** The signed-in user's current workspace (validated against memberships on every use). */
export const WORKSPACE_COOKIE = "fikiri_ws";
