import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF guard for cookie-authenticated route handlers (server actions get
 * Next.js's own origin check; API-key requests carry no ambient credentials).
 * A browser marks every cross-site request with Sec-Fetch-Site and Origin; a
 * state-changing request whose origin is not the app's is refused. Requests
 * with neither header come from non-browser clients, which hold no victim's cookies.
 */
export function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return;
  const site = req.headers.get("sec-fetch-site");
  if (site === "same-origin" || site === "none") return;
  const origin = req.headers.get("origin");
  if (!origin && !site) return;
  const allowed = new Set([new URL(env.APP_URL).origin, new URL(req.url).origin]);
  if (origin && allowed.has(origin)) return;
  throw new AppError("forbidden", "Cross-site requests are not allowed.", { reason: "cross_site_request" });
}
