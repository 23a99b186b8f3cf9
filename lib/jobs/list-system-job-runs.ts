import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import type { JobRunFilter, JobRunList } from "./job-run-views";
import { functionNames, toJobRunRow } from "./list-job-runs";

/**
 * Runs that belong to no workspace (their trigger has no `data.workspaceId`:
 * cron ticks, system events), newest first: the platform operators' view.
 * Callers check isPlatformAdmin first; these runs may touch every tenant.
 */
export async function listSystemJobRuns(filter: JobRunFilter, limit = 50): Promise<JobRunList> {
  const conditions = [Prisma.sql`("event" #> '{data,workspaceId}') IS NULL`];
  if (filter.status) conditions.push(Prisma.sql`"status" = ${filter.status}::"JobRunStatus"`);
  if (filter.functionId) conditions.push(Prisma.sql`"functionId" = ${filter.functionId}`);
  if (filter.cursor) conditions.push(Prisma.sql`"id" < ${filter.cursor}`);
  const ids = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "JobRun" WHERE ${Prisma.join(conditions, " AND ")} ORDER BY "id" DESC LIMIT ${limit + 1}`;
  const [runs, names] = await Promise.all([
    prisma.jobRun.findMany({ where: { id: { in: ids.map((r) => r.id) } }, include: { _count: { select: { attempts: true } } }, orderBy: { id: "desc" } }),
    functionNames(),
  ]);
  const page = runs.slice(0, limit);
  return {
    items: page.map((r) => toJobRunRow(r, names)),
    nextCursor: runs.length > limit ? (page.at(-1)?.id ?? null) : null,
    functions: [...names].map(([id, name]) => ({ id, name })),
  };
}
