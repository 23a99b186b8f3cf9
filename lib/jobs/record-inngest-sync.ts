import { usesInngestServer } from "@/lib/env";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";

type Handler = (req: never, context: never) => Promise<Response> | Response;

/**
 * Wraps serve()'s PUT so /api/health can say whether an Inngest server has
 * synced the app: a PUT the SDK answers 200 is either an Inngest server's
 * in-band sync (`x-inngest-sync-kind: in_band`, answered with the function
 * configs) or a registration the SDK completed against the server. Only in
 * Inngest server mode: the local executor's syncs are not the server's. A
 * failed write is logged and never fails the sync.
 */
export function recordInngestSync<H extends Handler>(handler: H, options: { appId: string; enabled?: boolean }): H {
  const enabled = options.enabled ?? usesInngestServer;
  if (!enabled) return handler;
  const wrapped = async (req: Request, context: unknown) => {
    const kind = req.headers.get("x-inngest-sync-kind") === "in_band" ? "in_band" : "out_of_band";
    const response = await (handler as unknown as (req: Request, context: unknown) => Promise<Response> | Response)(req, context);
    if (response.ok) {
      await prisma.jobAppSync
        .upsert({ where: { appId: options.appId }, create: { appId: options.appId, kind, syncedAt: new Date() }, update: { kind, syncedAt: new Date() } })
        .catch((error: unknown) => logger.warn({ err: error }, "could not record the Inngest sync"));
    }
    return response;
  };
  return wrapped as unknown as H;
}
