import { NextResponse, type NextRequest } from "next/server";
import type { ErrorBody } from "@/lib/http/app-error";

/** What Next's action handler treats as a possible server action (fetch actions carry Next-Action; no-JS forms post multipart). */
function isPossibleServerAction(req: NextRequest): boolean {
  if (req.method !== "POST" || req.nextUrl.pathname.startsWith("/api/")) return false;
  const type = req.headers.get("content-type") ?? "";
  return req.headers.has("next-action") || type.startsWith("multipart/form-data") || type === "application/x-www-form-urlencoded";
}

function hostOf(origin: string): string | null {
  if (origin === "null") return null;
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * For the proxy: a 403 with the error shape for a server action whose Origin
 * is not this host. Next runs the same comparison (Origin's host against the
 * first X-Forwarded-Host, else Host) but answers a mismatch, an "Origin: null"
 * or an unparsable Origin by throwing, which reached the client as a 500.
 * Requests without Origin pass, as in Next: they come from non-browser clients
 * holding no victim's cookies.
 */
export function refuseCrossSiteAction(req: NextRequest, requestId: string): NextResponse<ErrorBody> | null {
  if (!isPossibleServerAction(req)) return null;
  const origin = req.headers.get("origin");
  if (origin === null) return null;
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host");
  if (host && hostOf(origin) === host) return null;
  return NextResponse.json(
    { error: { code: "forbidden", message: "Cross-site requests are not allowed.", details: { reason: "cross_site_request" }, requestId } },
    { status: 403 },
  );
}
