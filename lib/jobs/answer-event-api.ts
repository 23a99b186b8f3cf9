import { z } from "@/lib/validation/zod";
import { logger } from "@/lib/observability/logger";
import { env } from "@/lib/env";
import { eventTooLargeMessage, jsonBytes } from "./inngest-limits";
import { eventPayloadSchema, ingestEvents } from "./ingest-events";

/** Origin the local-mode client sends to; nothing listens there, `answerEventApi` answers instead. */
export const LOCAL_EVENT_API_ORIGIN = "http://inngest-local.invalid/";

const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/**
 * A `fetch` for the Inngest client in local mode that answers the Event API
 * (`POST /e/<key>` -> `{ ids, status }`) by storing the events in Postgres.
 * Everything else the SDK might call on an Inngest server gets a 501, so
 * nothing leaks to Inngest Cloud by accident.
 */
export function createLocalEventFetch(): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== new URL(LOCAL_EVENT_API_ORIGIN).origin) return fetch(request);
    if (request.method !== "POST" || !url.pathname.startsWith("/e/")) {
      return json({ error: `Not available without an Inngest server: ${request.method} ${url.pathname}`, status: 501 }, 501);
    }
    const body = z.array(eventPayloadSchema).or(eventPayloadSchema.transform((e) => [e])).safeParse(await request.json().catch(() => null));
    if (!body.success) return json({ error: "Cannot process event payload", status: 400 }, 400);
    // Like Inngest's Event API: an event over the size limit refuses the whole send.
    if (body.data.some((event) => jsonBytes(event) > env.JOBS_MAX_EVENT_BYTES)) {
      return json({ error: eventTooLargeMessage(env.JOBS_MAX_EVENT_BYTES), status: 400 }, 400);
    }
    try {
      const ids = await ingestEvents(body.data);
      return json({ ids, status: 200 }, 200);
    } catch (error) {
      logger.error({ err: error }, "storing events for the local executor failed");
      return json({ error: "Storing events failed", status: 500 }, 500);
    }
  };
}
