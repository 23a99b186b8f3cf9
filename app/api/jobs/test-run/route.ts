import { NextResponse } from "next/server";
import { inngest } from "@/inngest/client";
import { withWorkspace } from "@/lib/auth/with-workspace";

/**
 * POST /api/jobs/test-run — sends a `demo/flaky` event for this workspace: a
 * job whose second step fails twice and then succeeds, to watch retries and
 * memoised steps on the Jobs page.
 */
export const POST = withWorkspace(
  async ({ workspace }) => {
    const { ids } = await inngest.send({ name: "demo/flaky", data: { workspaceId: workspace.id, failTimes: 2 } });
    return NextResponse.json({ eventIds: ids }, { status: 202 });
  },
  { permission: "jobs.read" },
);
