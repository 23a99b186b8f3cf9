import { CLASSIFIER_CATEGORIES, routeOfCategory, type ClassifierCategory, type TriageRoute } from "../triage-schemas";
import type { TriageInput } from "../triage-input";
import { applyThresholds } from "./apply-thresholds";
import { extractFeatures } from "./extract-features";
import { decodeModelFile, type TriageModel } from "./model-file";
import { predictProbabilities } from "./softmax-model";
import { vectorize } from "./vectorize";

export interface ClassifierResult {
  categoryProbabilities: Record<ClassifierCategory, number>;
  routeProbabilities: Record<TriageRoute, number>;
  route: TriageRoute;
  category: ClassifierCategory;
  // Calibrated probability of the chosen route.
  confidence: number;
  // The route probability reached the model's threshold: no LLM needed for the route.
  decided: boolean;
}

export function classifyWithModel(model: TriageModel, input: TriageInput): ClassifierResult {
  const p = predictProbabilities(model, vectorize(extractFeatures(input), model.dim));
  return resultFromProbabilities(model, p);
}

export function resultFromProbabilities(model: Pick<TriageModel, "thresholds">, p: ArrayLike<number>): ClassifierResult {
  const categoryProbabilities = {} as Record<ClassifierCategory, number>;
  const routeProbabilities: Record<TriageRoute, number> = { spam: 0, automated: 0, attention: 0 };
  let category: ClassifierCategory = CLASSIFIER_CATEGORIES[0];
  CLASSIFIER_CATEGORIES.forEach((c, i) => {
    categoryProbabilities[c] = p[i]!;
    routeProbabilities[routeOfCategory(c)] += p[i]!;
  });
  const { route, decided } = applyThresholds(routeProbabilities, model.thresholds);
  for (const c of CLASSIFIER_CATEGORIES) {
    if (routeOfCategory(c) === route && (routeOfCategory(category) !== route || categoryProbabilities[c] > categoryProbabilities[category])) category = c;
  }
  const confidence = routeProbabilities[route];
  return { categoryProbabilities, routeProbabilities, route, category, confidence, decided };
}

let shipped: Promise<TriageModel> | null = null;

/** The committed model (lib/triage/model/triage-model.json), decoded once per process. */
export function loadShippedModel(): Promise<TriageModel> {
  shipped ??= import("../model/triage-model.json").then((m) => decodeModelFile(m.default));
  return shipped;
}
