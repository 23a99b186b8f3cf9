import { prisma } from "@/lib/db/prisma";
import type { JobAttempt } from "@/generated/prisma/client";
import type { JobAttemptView, JobRunDetail } from "./job-run-views";
import { functionNames, toJobRunRow, workspaceRunsWhere } from "./list-job-runs";

function toAttemptView(a: JobAttempt): JobAttemptView {
  return { attempt: a.attempt, startedAt: a.startedAt.toISOString(), finishedAt: a.finishedAt.toISOString(), error: a.error };
}

/** One run of the workspace with its steps and every attempt's error; null if it is not the workspace's. */
export async function getJobRun(workspaceId: string, runId: string): Promise<JobRunDetail | null> {
  const [run, names] = await Promise.all([
    prisma.jobRun.findFirst({
      where: { AND: [{ id: runId }, workspaceRunsWhere(workspaceId)] },
      include: {
        _count: { select: { attempts: true } },
        steps: { orderBy: { startedAt: "asc" }, include: { attempts: { orderBy: { startedAt: "asc" } } } },
        attempts: { where: { stepId: null }, orderBy: { startedAt: "asc" } },
      },
    }),
    functionNames(),
  ]);
  if (!run) return null;
  return {
    ...toJobRunRow(run, names),
    event: run.event,
    output: run.output,
    error: run.error,
    steps: run.steps.map((s) => ({
      id: s.id,
      name: s.name,
      op: s.op,
      status: s.status,
      output: s.output,
      error: s.error,
      startedAt: s.startedAt.toISOString(),
      finishedAt: s.finishedAt?.toISOString() ?? null,
      wakeAt: s.wakeAt?.toISOString() ?? null,
      attempts: s.attempts.map(toAttemptView),
    })),
    runErrors: run.attempts.map(toAttemptView),
  };
}
