import { prisma } from "@/lib/db/prisma";
import { utcDayKey } from "./analytics-period";
import type { AnalyticsPeriod } from "./analytics-schemas";

const WEEK_MS = 7 * 86_400_000;

/** Monday (UTC) of the week a day falls in, matching Postgres date_trunc('week'). */
function mondayOf(date: Date): Date {
  const offset = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - offset));
}

/** Deals created per ISO week (Monday-start, UTC) across the period; the first week may be partial. */
export async function countDealsPerWeek(workspaceId: string, period: AnalyticsPeriod): Promise<{ weeks: string[]; counts: number[]; total: number }> {
  const rows = await prisma.$queryRaw<{ week: Date; n: bigint }[]>`
    SELECT date_trunc('week', "createdAt") AS week, count(*) AS n
    FROM "Deal"
    WHERE "workspaceId" = ${workspaceId} AND "createdAt" >= ${period.since}
    GROUP BY 1`;
  const weeks: string[] = [];
  const last = mondayOf(new Date(`${period.days[period.days.length - 1]}T00:00:00Z`));
  for (let w = mondayOf(period.since); w <= last; w = new Date(w.getTime() + WEEK_MS)) weeks.push(utcDayKey(w));
  const byWeek = new Map(rows.map((r) => [utcDayKey(r.week), Number(r.n)]));
  const counts = weeks.map((w) => byWeek.get(w) ?? 0);
  return { weeks, counts, total: counts.reduce((a, b) => a + b, 0) };
}
