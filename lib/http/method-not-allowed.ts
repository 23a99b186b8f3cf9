import { NextResponse } from "next/server";
import type { ErrorBody } from "./app-error";
import { matchApiRoute } from "./match-api-route";

/** Methods Next answers for every route file itself: HEAD wherever GET exists, OPTIONS everywhere. */
function allowedMethods(exported: readonly string[]): string[] {
  const allowed = new Set(exported);
  if (allowed.has("GET")) allowed.add("HEAD");
  allowed.add("OPTIONS");
  return [...allowed];
}

/**
 * For the proxy: a 405 with the error shape and an Allow header when an /api
 * route exists at this path but does not export the method (Next's own 405 has
 * an empty body). Null when the method is served, or when no route file
 * matches (the catch-all app/api/[...path] answers those with a JSON 404).
 */
export function methodNotAllowed(pathname: string, method: string, requestId: string): NextResponse<ErrorBody> | null {
  if (!pathname.startsWith("/api/")) return null;
  const route = matchApiRoute(pathname);
  if (!route) return null;
  const allowed = allowedMethods(route.methods);
  if (allowed.includes(method.toUpperCase())) return null;
  return NextResponse.json(
    { error: { code: "method_not_allowed", message: `${method.toUpperCase()} is not supported here. Use ${allowed.join(", ")}.`, requestId } },
    { status: 405, headers: { allow: allowed.join(", ") } },
  );
}
