import { z } from "@/lib/validation/zod";

/** The periods the analytics page offers, in days. */
export const ANALYTICS_RANGES = [7, 30, 90] as const;
export type AnalyticsRange = (typeof ANALYTICS_RANGES)[number];
export const DEFAULT_ANALYTICS_RANGE: AnalyticsRange = 30;

/** `?days=` from the page URL; anything else falls back to the default instead of erroring. */
export const analyticsRangeSchema = z
  .union([z.literal("7"), z.literal("30"), z.literal("90")])
  .transform((v) => Number(v) as AnalyticsRange)
  .catch(DEFAULT_ANALYTICS_RANGE);

export const MAIL_ROUTES = ["attention", "automated", "spam"] as const;
export const TRIAGE_DECIDERS = ["rules", "classifier", "llm", "user"] as const;

export interface AnalyticsPeriod {
  /** Start of the first UTC day in the period (inclusive). */
  since: Date;
  /** UTC days in order, as YYYY-MM-DD; the last one is today. */
  days: string[];
}
