import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { createJobExecutor, type JobExecutor } from "./job-executor";
import { httpTransport } from "./job-transport";
import { localSigningKey } from "./local-signing-key";

const globalForExecutor = globalThis as unknown as { fikiriJobExecutor?: JobExecutor };

/**
 * Starts this process's executor (once, even if Next calls register() again
 * after a reload). It reaches functions over HTTP at APP_URL, like an Inngest
 * server would. On SIGTERM it stops gracefully (JOBS_SHUTDOWN_GRACE_MS).
 */
export function startLocalExecutor(): JobExecutor {
  if (globalForExecutor.fikiriJobExecutor) return globalForExecutor.fikiriJobExecutor;
  const executor = createJobExecutor({
    transport: httpTransport(),
    appUrl: env.APP_URL,
    signingKey: localSigningKey(),
    workers: env.JOBS_WORKERS,
    pollMs: env.JOBS_POLL_MS,
    shutdownGraceMs: env.JOBS_SHUTDOWN_GRACE_MS,
  });
  executor.start();
  // The server entry (scripts/serve-next.mjs) awaits executor.stop() before closing the HTTP server, so in-flight
  // requests to /api/inngest can finish; under a plain `next start` this at least stops claiming at once.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void executor.stop());
  globalForExecutor.fikiriJobExecutor = executor;
  logger.info({ workerId: executor.workerId, appUrl: env.APP_URL }, "local job executor started (no Inngest server configured)");
  return executor;
}
