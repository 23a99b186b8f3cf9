/**
 * How the executor reaches the app's serve() endpoint. In the app it is HTTP
 * to APP_URL; tests pass the route's handlers so functions run in-process.
 */
export type JobTransport = (request: Request) => Promise<Response>;

const REQUEST_TIMEOUT_MS = 15 * 60_000;

export function httpTransport(): JobTransport {
  return (request) => fetch(request, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
}

/** A route handler as Next exports it; `never` parameters accept NextRequest-typed handlers too. */
type RouteHandler = (req: never, context: never) => Promise<Response> | Response;

/** A transport that hands requests straight to route handlers (GET/POST/PUT exports of app/api/inngest/route.ts). */
export function handlerTransport(handlers: Partial<Record<"GET" | "POST" | "PUT", RouteHandler>>): JobTransport {
  return async (request) => {
    const handler = handlers[request.method as "GET" | "POST" | "PUT"] as ((req: Request, context: undefined) => Promise<Response> | Response) | undefined;
    if (!handler) return new Response(null, { status: 405 });
    return handler(request, undefined);
  };
}
