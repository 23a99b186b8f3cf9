import { SPAM_SAFE_ACTIONS, type Action, type Conditions } from "./automation-schemas";
import { evaluateCondition, type AiJudgments, type ConditionOutcome, type ConditionResult, type MessageFacts, type TriageFacts } from "./evaluate-condition";

export interface RuleForEvaluation {
  id: string;
  name: string;
  conditions: Conditions;
  actions: Action[];
  stopProcessing: boolean;
}

export type RuleStatus = "matched" | "not_matched" | "not_evaluated" | "not_reached";

export interface PlannedAction {
  actionIndex: number;
  action: Action;
  decision: "run" | "skip";
  reason?: string;
}

export interface RuleOutcome {
  ruleId: string;
  ruleName: string;
  status: RuleStatus;
  conditions: ConditionOutcome[];
  planned: PlannedAction[];
}

/** Spam/phishing by route or category: only filing actions may touch it. */
export function isSpamLike(triage: TriageFacts | null): boolean {
  if (!triage) return false;
  const category = (triage.category ?? "").toLowerCase();
  return triage.blockAutomation === true || triage.route === "spam" || category === "spam" || category === "phishing";
}

function combine(match: Conditions["match"], results: ConditionResult[]): Exclude<RuleStatus, "not_reached"> {
  if (match === "all") {
    if (results.includes(false)) return "not_matched";
    return results.includes("not_evaluated") ? "not_evaluated" : "matched";
  }
  if (results.includes(true)) return "matched";
  return results.includes("not_evaluated") ? "not_evaluated" : "not_matched";
}

/** Safeguards every planned action passes through, whatever the rule says. */
export function planAction(action: Action, actionIndex: number, triage: TriageFacts | null): PlannedAction {
  if (!SPAM_SAFE_ACTIONS.has(action.type)) {
    if (!triage) return { actionIndex, action, decision: "skip", reason: "Not triaged yet: only label and archive may run." };
    if (isSpamLike(triage)) return { actionIndex, action, decision: "skip", reason: "Spam/phishing: only label and archive ever run on it." };
  }
  if (action.type === "auto_send" && triage?.route === "automated") {
    return { actionIndex, action, decision: "skip", reason: "Automated mail is never auto-answered." };
  }
  return { actionIndex, action, decision: "run" };
}

/** One rule against one email: conditions with reasons, and the actions it would take. */
export function evaluateRule(rule: RuleForEvaluation, message: MessageFacts, triage: TriageFacts | null, ai: AiJudgments): RuleOutcome {
  const conditions = rule.conditions.items.map((c, i) => evaluateCondition(c, i, message, triage, ai));
  const status = combine(rule.conditions.match, conditions.map((c) => c.result));
  const planned = status === "matched" ? rule.actions.map((a, i) => planAction(a, i, triage)) : [];
  return { ruleId: rule.id, ruleName: rule.name, status, conditions, planned };
}

/**
 * Pure: rules (enabled, in order) + one email and its triage -> what each rule
 * decided and the actions to take. A matched rule with stopProcessing leaves
 * the rest "not_reached". AI verdicts are gathered beforehand (see
 * aiInstructionsNeeded) so this stays synchronous and testable.
 */
export function evaluateRules(rules: RuleForEvaluation[], message: MessageFacts, triage: TriageFacts | null, ai: AiJudgments = new Map()): RuleOutcome[] {
  const outcomes: RuleOutcome[] = [];
  let stopped = false;
  for (const rule of rules) {
    if (stopped) {
      outcomes.push({ ruleId: rule.id, ruleName: rule.name, status: "not_reached", conditions: [], planned: [] });
      continue;
    }
    const outcome = evaluateRule(rule, message, triage, ai);
    outcomes.push(outcome);
    if (outcome.status === "matched" && rule.stopProcessing) stopped = true;
  }
  return outcomes;
}

/**
 * The AI instructions worth asking about: those of rules whose other
 * conditions do not already decide the outcome (an "all" rule with a failing
 * condition, or an "any" rule with a passing one, needs no AI call).
 */
export function aiInstructionsNeeded(rules: RuleForEvaluation[], message: MessageFacts, triage: TriageFacts | null): string[] {
  const needed = new Set<string>();
  for (const rule of rules) {
    const results = rule.conditions.items.filter((c) => c.type !== "ai").map((c, i) => evaluateCondition(c, i, message, triage, new Map()).result);
    const decided = rule.conditions.match === "all" ? results.includes(false) : results.includes(true);
    if (decided) continue;
    for (const c of rule.conditions.items) if (c.type === "ai") needed.add(c.instruction);
  }
  return [...needed];
}
