import { NextResponse } from "next/server";
import { isPlatformAdmin } from "@/lib/auth/is-platform-admin";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { AppError } from "@/lib/http/app-error";
import { jobRunFilterSchema } from "@/lib/jobs/job-run-views";
import { listSystemJobRuns } from "@/lib/jobs/list-system-job-runs";

export const dynamic = "force-dynamic";

/** GET /api/jobs/system-runs?status=&functionId=&cursor= — runs of no workspace (cron, system), for platform operators only. */
export const GET = withWorkspace(
  async ({ req, actor, user }) => {
    if (!isPlatformAdmin({ actor, user })) throw new AppError("not_found", "Not found.");
    const filter = jobRunFilterSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
    return NextResponse.json(await listSystemJobRuns(filter), { headers: { "cache-control": "no-store" } });
  },
  { permission: "jobs.read" },
);
