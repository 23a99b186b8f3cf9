import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/lib/observability/request-id";
import { createNonce, securityHeaders } from "@/lib/security/security-headers";
import { SESSION_COOKIE } from "@/lib/auth/auth-secret";
import { gateStateFor } from "@/lib/auth/gate-state";
import { isStaticAsset, mfaGate, type GateState } from "@/lib/auth/mfa-gate";
import { logger } from "@/lib/observability/logger";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { refuseCrossSiteAction } from "@/lib/security/refuse-cross-site-action";
import { env } from "@/lib/env";

async function gateState(req: NextRequest): Promise<GateState | "unknown"> {
  const cookie = req.cookies.get(SESSION_COOKIE)?.value;
  if (!cookie || isStaticAsset(req.nextUrl.pathname)) return "anonymous";
  try {
    return await gateStateFor(cookie);
  } catch (error) {
    logger.error({ err: error }, "proxy: could not check the session");
    return "unknown";
  }
}

function withHeaders(res: NextResponse, headers: Record<string, string>, requestId: string): NextResponse {
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  res.headers.set(REQUEST_ID_HEADER, requestId);
  return res;
}

/**
 * Runs before every request: request id, CSP nonce and security headers,
 * cross-site server actions (403) and unsupported /api methods (405), and
 * the MFA gate (a session still owing its second factor reaches only /mfa,
 * sign-out and static assets; withWorkspace and requireUser check again).
 */
export async function proxy(req: NextRequest) {
  const nonce = createNonce();
  const requestId = resolveRequestId(req.headers.get(REQUEST_ID_HEADER));
  const headers = securityHeaders(nonce, { dev: env.NODE_ENV === "development", https: env.APP_URL.startsWith("https://") });
  const { pathname } = req.nextUrl;

  // Answered here with the error shape, where Next would throw (a 500) or send an empty 405.
  const refused = refuseCrossSiteAction(req, requestId) ?? methodNotAllowed(pathname, req.method, requestId);
  if (refused) return withHeaders(refused, headers, requestId);

  const state = await gateState(req);
  if (state === "unknown") {
    // Fail closed: the session could not be checked (database down).
    const body = { error: { code: "unavailable", message: "Could not check your session. Try again shortly.", requestId } };
    return withHeaders(NextResponse.json(body, { status: 503, headers: { "retry-after": "5" } }), headers, requestId);
  }
  const decision = mfaGate(pathname, state, req.nextUrl.search);
  if (decision.action === "deny") {
    const body = { error: { code: "unauthorized", message: "Finish signing in with your second factor first.", details: { reason: "mfa_required" }, requestId } };
    return withHeaders(NextResponse.json(body, { status: 401 }), headers, requestId);
  }
  if (decision.action === "redirect") {
    return withHeaders(NextResponse.redirect(new URL(decision.location, req.url), 303), headers, requestId);
  }

  const requestHeaders = new Headers(req.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", headers["content-security-policy"]);
  // For server components that send people back where they were (requireUser → /signin?next=).
  requestHeaders.set("x-pathname", pathname + req.nextUrl.search);

  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers, requestId);
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|logo.svg).*)" }],
};
