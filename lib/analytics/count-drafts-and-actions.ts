import { prisma } from "@/lib/db/prisma";
import type { AnalyticsPeriod } from "./analytics-schemas";

export interface DraftsAndActions {
  /** Drafts created in the period by current status (PROPOSED, SAVED, SENT, DISCARDED). */
  drafts: Record<"PROPOSED" | "SAVED" | "SENT" | "DISCARDED", number>;
  /** Automation actions completed (DONE) in the period, per action type, most first. */
  actions: { actionType: string; count: number }[];
  actionsFailed: number;
}

/** What the AI proposed and what rules did in the period. */
export async function countDraftsAndActions(workspaceId: string, period: AnalyticsPeriod): Promise<DraftsAndActions> {
  const [draftRows, actionRows] = await Promise.all([
    prisma.$queryRaw<{ status: string; n: bigint }[]>`
      SELECT "status"::text AS status, count(*) AS n FROM "Draft"
      WHERE "workspaceId" = ${workspaceId} AND "createdAt" >= ${period.since}
      GROUP BY 1`,
    prisma.$queryRaw<{ actionType: string; status: string; n: bigint }[]>`
      SELECT "actionType" AS "actionType", "status"::text AS status, count(*) AS n FROM "AutomationActionLog"
      WHERE "workspaceId" = ${workspaceId} AND "createdAt" >= ${period.since} AND "actionIndex" >= 0
      GROUP BY 1, 2`,
  ]);
  const drafts = { PROPOSED: 0, SAVED: 0, SENT: 0, DISCARDED: 0 };
  for (const r of draftRows) if (r.status in drafts) drafts[r.status as keyof typeof drafts] = Number(r.n);
  const done = new Map<string, number>();
  for (const r of actionRows) if (r.status === "DONE") done.set(r.actionType, (done.get(r.actionType) ?? 0) + Number(r.n));
  return {
    drafts,
    actions: [...done].map(([actionType, count]) => ({ actionType, count })).sort((a, b) => b.count - a.count || a.actionType.localeCompare(b.actionType)),
    actionsFailed: actionRows.filter((r) => r.status === "FAILED").reduce((s, r) => s + Number(r.n), 0),
  };
}
