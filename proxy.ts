import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/lib/observability/request-id";
import { createNonce, securityHeaders } from "@/lib/security/security-headers";
import { env } from "@/lib/env";

/** Runs before every request: request id, CSP nonce and security headers. */
export function proxy(req: NextRequest) {
  const nonce = createNonce();
  const requestId = resolveRequestId(req.headers.get(REQUEST_ID_HEADER));
  const headers = securityHeaders(nonce, { dev: env.NODE_ENV === "development", https: env.APP_URL.startsWith("https://") });

  const requestHeaders = new Headers(req.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", headers["content-security-policy"]);

  const res = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  res.headers.set(REQUEST_ID_HEADER, requestId);
  return res;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|logo.svg).*)" }],
};
