import type { TriageRoute } from "../triage-schemas";
import { applyThresholds, type RouteProbabilities, type Thresholds } from "./apply-thresholds";

export interface ThresholdCandidate {
  truth: TriageRoute;
  routeProbabilities: RouteProbabilities;
  // Header rules already call it bulk: it becomes spam or stays automated.
  bulk: boolean;
}

const SPAM_GRID = Array.from({ length: 80 }, (_, i) => (20 + i) / 100);
const MAJORITY_GRID = Array.from({ length: 50 }, (_, i) => (50 + i) / 100);

/** Where rules + classifier send one email under thresholds t (null: undecided). */
export function routeUnder(c: ThresholdCandidate, t: Thresholds): TriageRoute | null {
  if (c.bulk) return c.routeProbabilities.spam >= t.spam ? "spam" : "automated";
  const { route, decided } = applyThresholds(c.routeProbabilities, t);
  return decided ? route : null;
}

/**
 * Picks the spam and automated thresholds on held-out predictions: among the
 * pairs that route at most `attentionBudget` of attention mail away from
 * attention, the one that routes the most spam and automated mail correctly.
 * The attention threshold only marks mail "decided" (it stays in the inbox either way).
 */
export function chooseThresholds(candidates: ThresholdCandidate[], attentionBudget: number, attention = 0.9): Thresholds {
  const attentionTotal = candidates.filter((c) => c.truth === "attention").length;
  let best: Thresholds = { spam: 1, automated: 1, attention };
  let bestCorrect = -1;
  for (const spam of SPAM_GRID) {
    for (const automated of MAJORITY_GRID) {
      const t = { spam, automated, attention };
      let misrouted = 0;
      let correct = 0;
      for (const c of candidates) {
        const route = routeUnder(c, t);
        if (c.truth === "attention" && route !== null && route !== "attention") misrouted++;
        if (c.truth !== "attention" && route === c.truth) correct++;
      }
      if (misrouted <= attentionBudget * attentionTotal && correct > bestCorrect) {
        best = t;
        bestCorrect = correct;
      }
    }
  }
  return best;
}
