import { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/generated/prisma/client";
import { syncedFunctionSchema, toJobFunctionConfig, type JobFunctionConfig } from "./function-config";
import type { JobTransport } from "./job-transport";
import { signedRequest } from "./signed-request";

const syncResponseSchema = z.looseObject({ app_id: z.string(), functions: z.array(syncedFunctionSchema) });

/**
 * Asks serve() for the app's function configs with an in-band sync (a signed
 * `PUT` with `x-inngest-sync-kind: in_band`), the same request an Inngest
 * server makes, so triggers, retries and concurrency are read from the SDK and
 * never duplicated here. The configs are stored for the dashboard.
 */
export async function syncFunctions(options: { transport: JobTransport; serveUrl: URL; signingKey: string }): Promise<{ appId: string; functions: JobFunctionConfig[] }> {
  const request = signedRequest({
    url: options.serveUrl,
    method: "PUT",
    body: { url: options.serveUrl.href },
    signingKey: options.signingKey,
    headers: { "x-inngest-sync-kind": "in_band" },
  });
  const response = await options.transport(request);
  const text = await response.text();
  if (!response.ok) throw new Error(`Syncing functions from ${options.serveUrl.href} failed: ${response.status} ${text.slice(0, 500)}`);
  const body = syncResponseSchema.parse(JSON.parse(text));
  const functions = body.functions.map(toJobFunctionConfig);
  for (const raw of body.functions) {
    const config = raw as unknown as Prisma.InputJsonObject;
    const name = raw.name ?? raw.id;
    await prisma.jobFunction.upsert({ where: { id: raw.id }, create: { id: raw.id, name, config }, update: { name, config } });
  }
  return { appId: body.app_id, functions };
}
