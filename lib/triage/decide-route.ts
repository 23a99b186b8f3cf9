import type { ClassifierResult } from "./classifier/classify-email";
import type { PrefilterResult } from "./prefilter";
import type { DecidedBy, TriageCategory, TriageRoute } from "./triage-schemas";

export interface RouteDecision {
  route: TriageRoute;
  category: TriageCategory;
  confidence: number;
  // null: neither rules nor the classifier were sure; the LLM (or a person) decides.
  decidedBy: Exclude<DecidedBy, "llm"> | null;
  reasons: string[];
}

const percent = (p: number) => `${(p * 100).toFixed(1)}%`;

/**
 * Cheap first: a workspace rule or known contact decides outright; header
 * evidence of bulk mail decides "automated" unless the classifier finds spam;
 * otherwise the classifier decides when its calibrated confidence clears the
 * threshold chosen on cross-validation folds. Anything else is undecided.
 */
export function decideRoute(pre: PrefilterResult, cls: ClassifierResult | null): RouteDecision {
  // With bulk headers, spam needs the spam threshold (cls.route is spam only when it cleared it).
  if (pre.decided && (!pre.spamCheck || !cls || cls.route !== "spam" || !cls.decided)) {
    return { route: pre.route, category: pre.category, confidence: pre.confidence, decidedBy: pre.decidedBy, reasons: pre.reasons };
  }
  if (!cls) return { route: "attention", category: "other", confidence: 0, decidedBy: null, reasons: ["No classifier available"] };
  const modelReason = `Local classifier: ${cls.category} (${cls.route} ${percent(cls.confidence)})`;
  if (pre.decided) {
    // Bulk headers plus spammy content: spam, whatever the list headers claim.
    return { route: "spam", category: cls.category, confidence: cls.confidence, decidedBy: "classifier", reasons: [...pre.reasons, modelReason] };
  }
  if (cls.decided) {
    return { route: cls.route, category: cls.category, confidence: cls.confidence, decidedBy: "classifier", reasons: [modelReason] };
  }
  return {
    route: "attention",
    category: cls.route === "attention" ? cls.category : "other",
    confidence: cls.routeProbabilities.attention,
    decidedBy: null,
    reasons: [`${modelReason}: below the threshold, undecided`],
  };
}

/**
 * Whether an LLM is called for this email when one is configured: undecided
 * mail (for its route), and attention mail (for category, intent, urgency,
 * summary and lead fields), unless a workspace rule set its category.
 */
export function needsLlm(decision: { route: TriageRoute; decidedBy: DecidedBy | null }): boolean {
  return decision.decidedBy === null || (decision.route === "attention" && decision.decidedBy !== "user");
}
