import { NextRequest } from "next/server";
import { AppError } from "@/lib/http/app-error";
import { withRoute } from "@/lib/http/with-route";

type ServeHandler = (req: NextRequest, ctx: unknown) => Promise<Response>;
type GuardedHandler = (req: Request, ctx?: unknown) => Promise<Response>;

/**
 * Puts the Inngest SDK's serve() handlers behind withRoute. The SDK parses a
 * POST/PUT body before it checks the signature and throws on malformed JSON,
 * which Next answered with a 500; here such a body is a 400 with the stable
 * error shape, and every other request goes to the SDK unchanged (signature
 * checks included). The executor's in-process transport passes a plain
 * Request, so one is upgraded to a NextRequest first.
 */
export function guardServeHandlers(handlers: Record<"GET" | "POST" | "PUT", unknown>): Record<"GET" | "POST" | "PUT", GuardedHandler> {
  const guard =
    (handler: ServeHandler): GuardedHandler =>
    (request, ctx) =>
      withRoute(async ({ req }) => {
        if (req.method !== "GET" && req.method !== "HEAD") {
          const text = await req.clone().text();
          if (text.trim() !== "") {
            try {
              JSON.parse(text);
            } catch {
              throw new AppError("bad_request", "The body is not valid JSON.");
            }
          }
        }
        return handler(req, ctx);
      })(request instanceof NextRequest ? request : new NextRequest(request), { params: Promise.resolve({}) });
  return { GET: guard(handlers.GET as ServeHandler), POST: guard(handlers.POST as ServeHandler), PUT: guard(handlers.PUT as ServeHandler) };
}
