import { env } from "@/lib/env";
import { pruneJobHistory } from "@/lib/jobs/prune-job-history";
import { inngest } from "./client";

/**
 * Daily retention for the local executor's history (JOBS_RETENTION_DAYS,
 * JOBS_FAILED_RETENTION_DAYS). On an Inngest server the tables are empty and
 * this deletes nothing; Inngest keeps its own history.
 */
export const jobsPruneHistory = inngest.createFunction(
  { id: "jobs-prune-history", name: "Jobs: prune run history", retries: 3, concurrency: { limit: 1 }, triggers: [{ cron: "29 3 * * *" }] },
  async ({ step }) => step.run("delete old runs and events", () => pruneJobHistory({ days: env.JOBS_RETENTION_DAYS, failedDays: env.JOBS_FAILED_RETENTION_DAYS })),
);
