import { NextResponse } from "next/server";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { jobRunFilterSchema } from "@/lib/jobs/job-run-views";
import { listJobRuns } from "@/lib/jobs/list-job-runs";

export const dynamic = "force-dynamic";

/** GET /api/jobs/runs?status=&functionId=&cursor= — the workspace's job runs, newest first. */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const filter = jobRunFilterSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
    return NextResponse.json(await listJobRuns(workspace.id, filter), { headers: { "cache-control": "no-store" } });
  },
  { permission: "jobs.read" },
);
