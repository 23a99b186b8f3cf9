import type { AnalyticsPeriod } from "./analytics-schemas";

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of a UTC instant: the key every per-day query buckets on. */
export function utcDayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The last `days` UTC calendar days ending today. Buckets are UTC so every
 * viewer and every query agree on which day a row falls in.
 */
export function analyticsPeriod(days: number, now: Date = new Date()): AnalyticsPeriod {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const since = new Date(today - (days - 1) * DAY_MS);
  return { since, days: Array.from({ length: days }, (_, i) => utcDayKey(new Date(since.getTime() + i * DAY_MS))) };
}

/** Spreads sparse { day, value } rows over every day of the period, zero where there were none. */
export function fillDays(period: AnalyticsPeriod, rows: { day: Date; value: number }[]): number[] {
  const byDay = new Map<string, number>();
  for (const r of rows) byDay.set(utcDayKey(r.day), (byDay.get(utcDayKey(r.day)) ?? 0) + r.value);
  return period.days.map((d) => byDay.get(d) ?? 0);
}
