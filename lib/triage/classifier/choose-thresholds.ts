import type { TriageRoute } from "../triage-schemas";

export interface ThresholdCandidate {
  truth: TriageRoute;
  routeProbabilities: Record<TriageRoute, number>;
}

export interface Thresholds {
  spam: number;
  automated: number;
  attention: number;
}

const GRID = Array.from({ length: 100 }, (_, i) => 0.5 + i * 0.005);

/**
 * Picks the spam and automated thresholds on held-out predictions: the pair
 * that leaves the least mail undecided while routing at most `attentionBudget`
 * of attention mail away from attention. The attention threshold only decides
 * whether mail is called "decided" (it stays in the inbox either way).
 */
export function chooseThresholds(candidates: ThresholdCandidate[], attentionBudget: number, attention = 0.9): Thresholds {
  const attentionTotal = candidates.filter((c) => c.truth === "attention").length;
  const argmax = candidates.map((c) => (["spam", "automated", "attention"] as const).reduce((a, b) => (c.routeProbabilities[b] > c.routeProbabilities[a] ? b : a)));
  let best: Thresholds = { spam: 1, automated: 1, attention };
  let bestDecided = -1;
  for (const spam of GRID) {
    for (const automated of GRID) {
      let misrouted = 0;
      let decided = 0;
      candidates.forEach((c, i) => {
        const route = argmax[i]!;
        const threshold = route === "spam" ? spam : route === "automated" ? automated : attention;
        if (c.routeProbabilities[route] < threshold) return;
        decided++;
        if (c.truth === "attention" && route !== "attention") misrouted++;
      });
      if (misrouted <= attentionBudget * attentionTotal && decided > bestDecided) {
        best = { spam, automated, attention };
        bestDecided = decided;
      }
    }
  }
  return best;
}
