import { env } from "@/lib/env";

/**
 * Whether this server has the demo workspace: the embedded default always
 * seeds it, a Postgres server only with SEED_DEMO. Pages offer "Open the
 * demo" (and show its sign-in) only then.
 */
export function demoAvailable(): boolean {
  return Boolean(env.EMBEDDED || env.SEED_DEMO);
}
