import { DAY_MS } from "./billing-period";

export interface UsageSeries {
  /** ISO dates (YYYY-MM-DD) from the period's first day to its last. */
  days: string[];
  /** Cumulative usage per day up to today; null after today. */
  cumulative: (number | null)[];
  /** Straight-line projection from the usage so far to the period end; null before today. */
  projection: (number | null)[];
  projectedTotal: number;
}

/**
 * Cumulative daily usage over a billing period and a linear projection to
 * its end at the average daily rate so far (elapsed time counted in days,
 * at least one, so a first-hour spike is not extrapolated wildly).
 */
export function buildUsageSeries(periodStart: Date, periodEnd: Date, daily: Map<string, number>, now: Date): UsageSeries {
  const days: string[] = [];
  for (let t = periodStart.getTime(); t < periodEnd.getTime(); t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  const today = now.toISOString().slice(0, 10);
  const todayIndex = days.indexOf(today) === -1 ? (now >= periodEnd ? days.length - 1 : -1) : days.indexOf(today);
  let running = 0;
  const cumulative = days.map((day, i) => {
    running += daily.get(day) ?? 0;
    return i <= todayIndex ? running : null;
  });
  const used = todayIndex >= 0 ? (cumulative[todayIndex] ?? 0) : 0;
  const elapsedDays = Math.max(1, (Math.min(now.getTime(), periodEnd.getTime()) - periodStart.getTime()) / DAY_MS);
  const totalDays = (periodEnd.getTime() - periodStart.getTime()) / DAY_MS;
  const rate = used / elapsedDays;
  const projectedTotal = Math.round(used + rate * Math.max(0, totalDays - elapsedDays));
  const projection = days.map((_, i) => (i < todayIndex ? null : Math.round(used + rate * Math.max(0, i + 1 - elapsedDays))));
  return { days, cumulative, projection, projectedTotal };
}
