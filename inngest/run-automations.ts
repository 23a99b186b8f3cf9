import { performPlannedStep } from "@/lib/automations/perform-planned-step";
import { planAutomations, type TriagedEventFacts } from "@/lib/automations/plan-automations";
import { inngest } from "./client";

const RETRIES = 4;

/**
 * Runs the workspace's enabled rules on a triaged email. The plan (rule
 * outcomes, AI verdicts) is one memoised step; each action is its own step
 * and is claimed in AutomationActionLog by (message, rule, action), so a
 * redelivered event or a re-run never acts twice. Every action, skipped ones
 * included, is logged on the email with the rule that caused it.
 */
export const runAutomations = inngest.createFunction(
  {
    id: "run-automations",
    name: "Run automation rules",
    retries: RETRIES,
    // One run per email at a time: the claims already prevent double actions, this avoids wasted work.
    concurrency: { key: "event.data.messageId", limit: 1 },
    triggers: [{ event: "mail/message.triaged" }],
  },
  async ({ event, step, runId, attempt }) => {
    const { workspaceId, messageId, route, category, isLead } = event.data as { workspaceId: string; messageId: string } & TriagedEventFacts;
    const plan = await step.run("evaluate-rules", () => planAutomations(workspaceId, messageId, route ? { route, category, isLead } : undefined));
    if (!plan) return { messageId, skipped: "message not found" };
    const results: { ruleId: string; actionIndex: number; actionType: string; status: string; duplicate: boolean }[] = [];
    for (const planned of plan.steps) {
      const result = await step.run(`rule-${planned.ruleId}-action-${planned.actionIndex}`, () =>
        performPlannedStep(workspaceId, messageId, planned, plan.triage, { runId, finalAttempt: attempt >= RETRIES }),
      );
      results.push({ ruleId: planned.ruleId, actionIndex: planned.actionIndex, actionType: planned.actionType, ...result });
    }
    return { messageId, rules: plan.rules.map((r) => ({ ruleId: r.ruleId, status: r.status })), actions: results };
  },
);
