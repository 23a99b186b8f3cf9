import { routeOfCategory, type TriageCategory, type TriageRoute } from "../triage-schemas";

/** What triage did with one labelled email. */
export interface TriageOutcome {
  truth: TriageCategory;
  route: TriageRoute;
  category: TriageCategory;
  // Rules or the local classifier fixed the route (an LLM never saw it for routing).
  routeDecidedLocally: boolean;
  // An LLM would be called for this email if one were configured.
  needsLlm: boolean;
  llmTokens: number;
  llmUsd: number;
}

export const ROUTES: TriageRoute[] = ["spam", "automated", "attention"];

export interface TriageScore {
  emails: number;
  routeConfusion: Record<TriageRoute, Record<TriageRoute, number>>;
  categoryConfusion: Record<string, Record<TriageRoute, number>>;
  routePrecision: Record<TriageRoute, number>;
  routeRecall: Record<TriageRoute, number>;
  spamRecall: number;
  attentionMisrouted: number;
  noLlmShare: number;
  routeDecidedLocallyShare: number;
  tokensPer1k: number;
  usdPer1k: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function scoreTriage(outcomes: TriageOutcome[]): TriageScore {
  const zero = () => ({ spam: 0, automated: 0, attention: 0 });
  const routeConfusion = { spam: zero(), automated: zero(), attention: zero() };
  const categoryConfusion: Record<string, Record<TriageRoute, number>> = {};
  let misrouted = 0;
  let noLlm = 0;
  let local = 0;
  let tokens = 0;
  let usd = 0;
  for (const o of outcomes) {
    const truth = routeOfCategory(o.truth);
    routeConfusion[truth][o.route]++;
    (categoryConfusion[o.truth] ??= zero())[o.route]++;
    if (truth === "attention" && o.route !== "attention" && o.routeDecidedLocally) misrouted++;
    if (!o.needsLlm) noLlm++;
    if (o.routeDecidedLocally) local++;
    tokens += o.llmTokens;
    usd += o.llmUsd;
  }
  const routePrecision = zero();
  const routeRecall = zero();
  for (const r of ROUTES) {
    routeRecall[r] = ratio(routeConfusion[r][r], ROUTES.reduce((s, p) => s + routeConfusion[r][p], 0));
    routePrecision[r] = ratio(routeConfusion[r][r], ROUTES.reduce((s, t) => s + routeConfusion[t][r], 0));
  }
  const attentionTotal = ROUTES.reduce((s, p) => s + routeConfusion.attention[p], 0);
  return {
    emails: outcomes.length,
    routeConfusion,
    categoryConfusion,
    routePrecision,
    routeRecall,
    spamRecall: routeRecall.spam,
    attentionMisrouted: ratio(misrouted, attentionTotal),
    noLlmShare: ratio(noLlm, outcomes.length),
    routeDecidedLocallyShare: ratio(local, outcomes.length),
    tokensPer1k: ratio(tokens * 1000, outcomes.length),
    usdPer1k: ratio(usd * 1000, outcomes.length),
  };
}
