import { env } from "@/lib/env";

/**
 * The demo "flaky step" job (and the Jobs page's "Run a test job") exists to watch retries
 * in development and tests. A production server does not register it, so no workspace can
 * start runs that only burn executor time, unless JOBS_DEMO_FUNCTION=1 says so (the e2e suite).
 */
export function demoJobsEnabled(): boolean {
  return env.NODE_ENV !== "production" || env.JOBS_DEMO_FUNCTION;
}
