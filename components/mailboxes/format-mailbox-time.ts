import { formatTimestamp } from "@/components/jobs/format-job-time";

/** "12 s ago", "5 min ago", "in 6 days": relative to `now`; the UTC timestamp until the page knows the time (no hydration mismatch). */
export function formatMailboxTime(iso: string | null, now: number | null, never = "never"): string {
  if (!iso) return never;
  if (now === null) return formatTimestamp(iso);
  const diff = Date.parse(iso) - now;
  const abs = Math.abs(diff);
  const [value, unit] =
    abs < 60_000 ? [Math.max(1, Math.round(abs / 1000)), "s"] : abs < 3_600_000 ? [Math.round(abs / 60_000), "min"] : abs < 86_400_000 ? [Math.round(abs / 3_600_000), "h"] : [Math.round(abs / 86_400_000), abs < 2 * 86_400_000 ? "day" : "days"];
  return diff < 0 ? `${value} ${unit} ago` : `in ${value} ${unit}`;
}
