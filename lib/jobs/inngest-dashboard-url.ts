import { env } from "@/lib/env";

/**
 * Where runs are visible when an Inngest server runs the jobs: INNGEST_DASHBOARD_URL
 * if set, else the self-hosted server's own UI (INNGEST_BASE_URL; the dev server's
 * on localhost:8288 with INNGEST_DEV), else Inngest Cloud's dashboard.
 */
export function inngestDashboardUrl(): string {
  if (env.INNGEST_DASHBOARD_URL) return env.INNGEST_DASHBOARD_URL;
  if (env.INNGEST_BASE_URL) return env.INNGEST_BASE_URL;
  if (env.INNGEST_DEV) return "http://localhost:8288";
  return "https://app.inngest.com";
}
