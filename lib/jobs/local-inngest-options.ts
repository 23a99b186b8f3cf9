import { LOCAL_EVENT_API_ORIGIN, createLocalEventFetch } from "./answer-event-api";
import { localSigningKey } from "./local-signing-key";

/**
 * Inngest client options for running without an Inngest server. The client
 * stays in "cloud" mode (so serve() demands signed requests, unlike
 * INNGEST_DEV) and its Event API is answered in-process by Postgres-backed
 * storage, so app code calls `inngest.send()` exactly as in production.
 */
export function localInngestOptions() {
  return {
    isDev: false,
    eventKey: "local",
    baseUrl: LOCAL_EVENT_API_ORIGIN,
    fetch: createLocalEventFetch(),
    signingKey: localSigningKey(),
  };
}
