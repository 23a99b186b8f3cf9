import { prisma } from "@/lib/db/prisma";
import { TRIAGE_ROUTES } from "./automation-schemas";
import { emailForAi } from "./email-for-ai";
import { aiInstructionsNeeded, evaluateRules, type RuleStatus } from "./evaluate-rules";
import { judgeInstructions } from "./judge-instructions";
import type { TriageFacts } from "./evaluate-condition";
import { listEnabledRules } from "./list-rules";
import { loadTriageFacts } from "./load-triage-facts";

/** One thing to do (or to log as not done) for one rule on one email. JSON-safe: it is a memoised step output. */
export interface PlannedStep {
  ruleId: string;
  ruleName: string;
  /** -1 for a rule-level entry (its AI condition could not be evaluated). */
  actionIndex: number;
  actionType: string;
  params: Record<string, unknown>;
  decision: "run" | "skip";
  reason: string | null;
}

export interface AutomationPlan {
  messageId: string;
  /** The triage the rules were evaluated against (actions see the same). */
  triage: TriageFacts | null;
  rules: { ruleId: string; ruleName: string; status: RuleStatus; reasons: string[] }[];
  steps: PlannedStep[];
}

/** The mail/message.triaged event's own facts, used when no stored triage row is readable. */
export interface TriagedEventFacts {
  route: TriageFacts["route"];
  category?: string | null;
  isLead?: boolean;
}

/**
 * Loads the email, its triage and the workspace's enabled rules, asks the AI
 * only the instructions that can change an outcome, and evaluates. Null when
 * the message is not in this workspace (deleted meanwhile).
 */
export async function planAutomations(workspaceId: string, messageId: string, event?: TriagedEventFacts): Promise<AutomationPlan | null> {
  const rules = await listEnabledRules(workspaceId);
  // Most workspaces have no enabled rule for most of their mail's life: nothing more to load.
  if (rules.length === 0) return { messageId, triage: null, rules: [], steps: [] };
  const message = await prisma.mailMessage.findFirst({ where: { id: messageId, workspaceId } });
  if (!message) return null;
  const stored = (await loadTriageFacts(workspaceId, [messageId])).get(messageId);
  const triage = stored ?? (event && TRIAGE_ROUTES.includes(event.route) ? { route: event.route, category: event.category ?? null, urgency: null, isLead: event.isLead ?? false } : null);
  const needed = aiInstructionsNeeded(rules, message, triage);
  const judgments = await judgeInstructions(workspaceId, emailForAi(message), needed);
  const outcomes = evaluateRules(rules, message, triage, judgments);
  const steps: PlannedStep[] = [];
  for (const o of outcomes) {
    if (o.status === "not_evaluated") {
      const reason = o.conditions.find((c) => c.result === "not_evaluated")?.reason ?? "A condition could not be evaluated.";
      steps.push({ ruleId: o.ruleId, ruleName: o.ruleName, actionIndex: -1, actionType: "evaluate", params: {}, decision: "skip", reason: `Rule not applied: ${reason}` });
    }
    for (const p of o.planned) {
      const { type, ...params } = p.action;
      steps.push({ ruleId: o.ruleId, ruleName: o.ruleName, actionIndex: p.actionIndex, actionType: type, params, decision: p.decision, reason: p.reason ?? null });
    }
  }
  return { messageId, triage, rules: outcomes.map((o) => ({ ruleId: o.ruleId, ruleName: o.ruleName, status: o.status, reasons: o.conditions.map((c) => c.reason) })), steps };
}
