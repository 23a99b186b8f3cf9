import type { TriageRoute } from "../triage-schemas";

export interface Thresholds {
  spam: number;
  automated: number;
  attention: number;
}

export type RouteProbabilities = Record<TriageRoute, number>;

/**
 * Spam is checked first and may win below 50%: sending spam to the spam route
 * matters more than telling it from bulk mail. Automated and attention need a
 * majority, so at most one of them can pass. Below every threshold: undecided.
 */
export function applyThresholds(p: RouteProbabilities, t: Thresholds): { route: TriageRoute; decided: boolean } {
  if (p.spam >= t.spam) return { route: "spam", decided: true };
  if (p.automated >= t.automated) return { route: "automated", decided: true };
  if (p.attention >= t.attention) return { route: "attention", decided: true };
  const route = (["spam", "automated", "attention"] as const).reduce((a, b) => (p[b] > p[a] ? b : a));
  return { route, decided: false };
}
