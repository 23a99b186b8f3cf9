import { prisma } from "@/lib/db/prisma";
import type { RuleInput } from "./automation-schemas";
import { emailForAi } from "./email-for-ai";
import type { AiJudgments } from "./evaluate-condition";
import { aiInstructionsNeeded, evaluateRule, type PlannedAction, type RuleStatus } from "./evaluate-rules";
import { judgeInstructions } from "./judge-instructions";
import { loadTriageFacts } from "./load-triage-facts";

export const TEST_SAMPLE_SIZE = 100;
// AI calls a single test may make (each one judges all of the rule's instructions for one email).
export const TEST_AI_CALL_LIMIT = 25;

export interface TestMatch {
  messageId: string;
  from: string | null;
  subject: string | null;
  receivedAt: string;
  status: RuleStatus;
  reasons: string[];
  planned: (Pick<PlannedAction, "actionIndex" | "decision" | "reason"> & { type: string })[];
}

export interface RuleTestReport {
  tested: number;
  matched: number;
  notEvaluated: number;
  aiCalls: number;
  /** Emails that matched or could not be evaluated, newest first; non-matches are only counted. */
  results: TestMatch[];
}

/**
 * "Would have matched": runs an unsaved rule against the workspace's last
 * 100 stored emails with their stored triage. Nothing is changed and no
 * action runs; AI conditions are judged for a bounded number of emails.
 */
export async function testRule(workspaceId: string, rule: RuleInput): Promise<RuleTestReport> {
  const messages = await prisma.mailMessage.findMany({ where: { workspaceId, direction: "INBOUND" }, orderBy: { receivedAt: "desc" }, take: TEST_SAMPLE_SIZE });
  const triage = await loadTriageFacts(workspaceId, messages.map((m) => m.id));
  const evaluable = { id: "test", name: rule.name, conditions: rule.conditions, actions: rule.actions, stopProcessing: rule.stopProcessing };
  let aiCalls = 0;
  const report: RuleTestReport = { tested: messages.length, matched: 0, notEvaluated: 0, aiCalls: 0, results: [] };
  for (const m of messages) {
    const facts = triage.get(m.id) ?? null;
    const needed = aiInstructionsNeeded([evaluable], m, facts);
    let judgments: AiJudgments = new Map();
    if (needed.length > 0 && aiCalls < TEST_AI_CALL_LIMIT) {
      judgments = await judgeInstructions(workspaceId, emailForAi(m), needed);
      if ([...judgments.values()].some((v) => v !== "unavailable")) aiCalls++;
    }
    const outcome = evaluateRule(evaluable, m, facts, judgments);
    if (outcome.status === "matched") report.matched++;
    if (outcome.status === "not_evaluated") report.notEvaluated++;
    if (outcome.status === "not_matched") continue;
    report.results.push({
      messageId: m.id,
      from: m.fromAddress,
      subject: m.subject,
      receivedAt: m.receivedAt.toISOString(),
      status: outcome.status,
      reasons: outcome.conditions.map((c) => `${c.result === true ? "✓" : c.result === false ? "✗" : "?"} ${c.reason}`),
      planned: outcome.planned.map((p) => ({ actionIndex: p.actionIndex, type: p.action.type, decision: p.decision, reason: p.reason })),
    });
  }
  report.aiCalls = aiCalls;
  return report;
}
