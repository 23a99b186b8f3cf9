import * as Sentry from "@sentry/nextjs";

export async function register() {
  // eslint-disable-next-line no-restricted-properties -- NEXT_RUNTIME is inlined by Next at build time
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    Sentry.init({ dsn: env.SENTRY_DSN, tracesSampleRate: 0, enabled: Boolean(env.SENTRY_DSN) });
  }
}

export const onRequestError = Sentry.captureRequestError;
