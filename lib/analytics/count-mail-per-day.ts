import { prisma } from "@/lib/db/prisma";
import { fillDays } from "./analytics-period";
import { MAIL_ROUTES, type AnalyticsPeriod } from "./analytics-schemas";

export interface MailPerDay {
  days: string[];
  /** One series per triage route, plus mail not triaged (yet). */
  series: { route: (typeof MAIL_ROUTES)[number] | "untriaged"; counts: number[] }[];
  total: number;
}

/**
 * Inbound mail per UTC day, split by triage route. Scans MailMessage through
 * its (workspaceId, receivedAt) index; the triage verdict joins on its unique messageId.
 */
export async function countMailPerDay(workspaceId: string, period: AnalyticsPeriod): Promise<MailPerDay> {
  const rows = await prisma.$queryRaw<{ day: Date; route: string | null; n: bigint }[]>`
    SELECT date_trunc('day', m."receivedAt") AS day, t."route" AS route, count(*) AS n
    FROM "MailMessage" m
    LEFT JOIN "MailTriage" t ON t."messageId" = m."id" AND t."workspaceId" = m."workspaceId"
    WHERE m."workspaceId" = ${workspaceId} AND m."receivedAt" >= ${period.since} AND m."direction" = 'INBOUND'
    GROUP BY 1, 2`;
  const known = new Set<string>(MAIL_ROUTES);
  const keyOf = (route: string | null) => (route && known.has(route) ? route : "untriaged");
  const series = ([...MAIL_ROUTES, "untriaged"] as const).map((route) => ({
    route,
    counts: fillDays(period, rows.filter((r) => keyOf(r.route) === route).map((r) => ({ day: r.day, value: Number(r.n) }))),
  }));
  const total = series.reduce((sum, s) => sum + s.counts.reduce((a, b) => a + b, 0), 0);
  return { days: period.days, series, total };
}
