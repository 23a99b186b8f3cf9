import { NextResponse } from "next/server";
import { z } from "@/lib/validation/zod";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { AppError } from "@/lib/http/app-error";
import { getJobRun } from "@/lib/jobs/get-job-run";

export const dynamic = "force-dynamic";

const querySchema = z.object({ id: z.string().regex(/^run_[0-9a-z]+$/, "not a run id") });

/** GET /api/jobs/run?id=run_… — one run with its steps, outputs and errors. */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const { id } = querySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
    const run = await getJobRun(workspace.id, id);
    if (!run) throw new AppError("not_found", "No such job run in this workspace.");
    return NextResponse.json(run, { headers: { "cache-control": "no-store" } });
  },
  { permission: "jobs.read" },
);
