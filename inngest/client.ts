import { Inngest } from "inngest";
import { usesInngestServer } from "@/lib/env";
import { localInngestOptions } from "@/lib/jobs/local-inngest-options";
import { logger } from "@/lib/observability/logger";

/**
 * The app's one Inngest client. With an Inngest server configured the SDK
 * reads INNGEST_* itself; without one, events go to the local executor
 * (lib/jobs). App code calls `inngest.send()` the same way in both modes.
 *
 * Step mode, in every environment: classic async (one step per request, its
 * result memoised by the server before the next request). Inngest 4 switches
 * to checkpointing by default whenever the server sends a function id (every
 * Inngest server does): steps then run back to back inside one request and
 * their results are posted to `/v1/checkpoint/...` on the Inngest API. It is
 * turned off here because
 *  - the local executor, which runs every function test, speaks the classic
 *    protocol (it sends a function id like a server, so the SDK makes the same
 *    choice as in production); inngest/step-mode.test.ts fails without this line;
 *  - a process that dies before a checkpoint is posted re-runs those steps,
 *    while in async mode a step's result is stored before the next one starts;
 *  - these are background jobs: checkpointing saves latency we do not need.
 */
export const inngest = new Inngest({
  id: "fikiri",
  logger: logger.child({ module: "inngest" }),
  checkpointing: false,
  ...(usesInngestServer ? {} : localInngestOptions()),
});
