import { prisma } from "@/lib/db/prisma";
import { TRIAGE_DECIDERS, type AnalyticsPeriod } from "./analytics-schemas";

export interface TriageSummary {
  /** Verdicts per decider; "undecided" is needsReview with no decider. */
  deciders: { decidedBy: (typeof TRIAGE_DECIDERS)[number] | "undecided"; count: number }[];
  triaged: number;
  attention: number;
  leads: number;
  /** Sum of the LLM triage step's estimated cost. */
  llmUsd: number;
  /** Mean seconds from storing a message to its verdict; null with no verdicts. */
  avgTriageSeconds: number | null;
}

/** Triage verdicts made in the period, by who decided, with cost and latency. */
export async function summarizeTriage(workspaceId: string, period: AnalyticsPeriod): Promise<TriageSummary> {
  const rows = await prisma.$queryRaw<{ decidedBy: string | null; n: bigint; attention: bigint; leads: bigint; usd: number | null; secs: number | null; timed: bigint }[]>`
    SELECT t."decidedBy" AS "decidedBy", count(*) AS n,
      count(*) FILTER (WHERE t."route" = 'attention') AS attention,
      count(*) FILTER (WHERE t."isLead") AS leads,
      sum(t."llmUsd")::float8 AS usd,
      sum(EXTRACT(EPOCH FROM (t."createdAt" - m."createdAt")))::float8 AS secs,
      count(m."id") AS timed
    FROM "MailTriage" t
    LEFT JOIN "MailMessage" m ON m."id" = t."messageId" AND m."workspaceId" = t."workspaceId"
    WHERE t."workspaceId" = ${workspaceId} AND t."createdAt" >= ${period.since}
    GROUP BY 1`;
  const known = new Set<string>(TRIAGE_DECIDERS);
  const keyOf = (d: string | null) => (d && known.has(d) ? d : "undecided");
  const deciders = ([...TRIAGE_DECIDERS, "undecided"] as const).map((decidedBy) => ({
    decidedBy,
    count: rows.filter((r) => keyOf(r.decidedBy) === decidedBy).reduce((sum, r) => sum + Number(r.n), 0),
  }));
  const triaged = rows.reduce((sum, r) => sum + Number(r.n), 0);
  const secs = rows.reduce((sum, r) => sum + (r.secs ?? 0), 0);
  const timed = rows.reduce((sum, r) => sum + Number(r.timed), 0);
  return {
    deciders,
    triaged,
    attention: rows.reduce((sum, r) => sum + Number(r.attention), 0),
    leads: rows.reduce((sum, r) => sum + Number(r.leads), 0),
    llmUsd: rows.reduce((sum, r) => sum + (r.usd ?? 0), 0),
    avgTriageSeconds: timed > 0 ? secs / timed : null,
  };
}
