import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { createJobExecutor, type JobExecutor } from "./job-executor";
import { httpTransport } from "./job-transport";
import { localSigningKey } from "./local-signing-key";

const globalForExecutor = globalThis as unknown as { fikiriJobExecutor?: JobExecutor };

/**
 * Starts this process's executor (once, even if Next calls register() again
 * after a reload). It reaches functions over HTTP at APP_URL, like an Inngest
 * server would.
 */
export function startLocalExecutor(): JobExecutor {
  if (globalForExecutor.fikiriJobExecutor) return globalForExecutor.fikiriJobExecutor;
  const executor = createJobExecutor({
    transport: httpTransport(),
    appUrl: env.APP_URL,
    signingKey: localSigningKey(),
    workers: env.JOBS_WORKERS,
    pollMs: env.JOBS_POLL_MS,
  });
  executor.start();
  globalForExecutor.fikiriJobExecutor = executor;
  logger.info({ workerId: executor.workerId, appUrl: env.APP_URL }, "local job executor started (no Inngest server configured)");
  return executor;
}
