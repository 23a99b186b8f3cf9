// Fixed locale and UTC so server and browser render the same text (no hydration mismatch)
// and the labels name the same UTC days the queries bucket on.
const DAY = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });

/** "2026-11-25" -> "Nov 25". */
export function formatDayKey(key: string): string {
  return DAY.format(new Date(`${key}T00:00:00Z`));
}

export function formatUsd(usd: number): string {
  return usd > 0 && usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}

export function formatPercent(part: number, whole: number): string | null {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : null;
}

export function formatSeconds(seconds: number | null): string | null {
  if (seconds === null) return null;
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  return `${Math.round(seconds / 60)} min`;
}

export const ROUTE_LABELS: Record<"attention" | "automated" | "spam" | "untriaged", string> = { attention: "Needs attention", automated: "Automated", spam: "Spam", untriaged: "Not triaged yet" };
export const DECIDER_LABELS: Record<"rules" | "classifier" | "llm" | "user" | "undecided", string> = { rules: "Rules", classifier: "Classifier", llm: "AI (LLM)", user: "People", undecided: "Left for review" };
