import { NextResponse } from "next/server";
import { inngest } from "@/inngest/client";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { AppError } from "@/lib/http/app-error";
import { demoJobsEnabled } from "@/lib/jobs/demo-jobs-enabled";

/**
 * POST /api/jobs/test-run — sends a `demo/flaky` event for this workspace: a
 * job whose second step fails twice and then succeeds, to watch retries and
 * memoised steps on the Jobs page. A write (admins: workspace.update); 404 where
 * the demo job is not registered (production unless JOBS_DEMO_FUNCTION=1).
 */
export const POST = withWorkspace(
  async ({ workspace }) => {
    if (!demoJobsEnabled()) throw new AppError("not_found", "The test job is only available in development and tests.");
    const { ids } = await inngest.send({ name: "demo/flaky", data: { workspaceId: workspace.id, failTimes: 2 } });
    return NextResponse.json({ eventIds: ids }, { status: 202 });
  },
  { permission: "workspace.update" },
);
