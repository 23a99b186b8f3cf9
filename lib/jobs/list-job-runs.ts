import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/generated/prisma/client";
import type { JobRunFilter, JobRunList, JobRunRow } from "./job-run-views";

/**
 * Runs belong to the workspace named in their trigger event's
 * `data.workspaceId`; runs without one (cron, system events) are not shown in
 * any workspace, since their data may span tenants.
 */
export function workspaceRunsWhere(workspaceId: string): Prisma.JobRunWhereInput {
  return { event: { path: ["data", "workspaceId"], equals: workspaceId } };
}

export async function functionNames(): Promise<Map<string, string>> {
  const rows = await prisma.jobFunction.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

type RunWithCount = Prisma.JobRunGetPayload<{ include: { _count: { select: { attempts: true } } } }>;

export function toJobRunRow(run: RunWithCount, names: Map<string, string>): JobRunRow {
  return {
    id: run.id,
    functionId: run.functionId,
    functionName: names.get(run.functionId) ?? run.functionId,
    status: run.status,
    eventName: run.eventName,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    runAt: run.runAt.toISOString(),
    attempts: run._count.attempts,
  };
}

/** The workspace's runs, newest first (ids sort by creation), `limit` per page. */
export async function listJobRuns(workspaceId: string, filter: JobRunFilter, limit = 50): Promise<JobRunList> {
  const [runs, names] = await Promise.all([
    prisma.jobRun.findMany({
      where: {
        AND: [workspaceRunsWhere(workspaceId), filter.status ? { status: filter.status } : {}, filter.functionId ? { functionId: filter.functionId } : {}, filter.cursor ? { id: { lt: filter.cursor } } : {}],
      },
      include: { _count: { select: { attempts: true } } },
      orderBy: { id: "desc" },
      take: limit + 1,
    }),
    functionNames(),
  ]);
  const page = runs.slice(0, limit);
  return {
    items: page.map((r) => toJobRunRow(r, names)),
    nextCursor: runs.length > limit ? (page.at(-1)?.id ?? null) : null,
    functions: [...names].map(([id, name]) => ({ id, name })),
  };
}
