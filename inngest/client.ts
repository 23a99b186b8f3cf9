import { Inngest } from "inngest";
import { usesInngestServer } from "@/lib/env";
import { localInngestOptions } from "@/lib/jobs/local-inngest-options";
import { logger } from "@/lib/observability/logger";

/**
 * The app's one Inngest client. With an Inngest server configured the SDK
 * reads INNGEST_* itself; without one, events go to the local executor
 * (lib/jobs). App code calls `inngest.send()` the same way in both modes.
 */
export const inngest = new Inngest({
  id: "fikiri",
  logger: logger.child({ module: "inngest" }),
  ...(usesInngestServer ? {} : localInngestOptions()),
});
