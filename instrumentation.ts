import * as Sentry from "@sentry/nextjs";

export async function register() {
  // eslint-disable-next-line no-restricted-properties -- NEXT_RUNTIME is inlined by Next at build time
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env, usesInngestServer } = await import("@/lib/env");
    Sentry.init({ dsn: env.SENTRY_DSN, tracesSampleRate: 0, enabled: Boolean(env.SENTRY_DSN) });
    // Without an Inngest server, this process runs durable jobs itself.
    if (!usesInngestServer && !env.JOBS_DISABLED) (await import("@/lib/jobs/start-local-executor")).startLocalExecutor();
  }
}

export const onRequestError = Sentry.captureRequestError;
