import { prisma } from "@/lib/db/prisma";
import { toEvaluable, toRuleView, type RuleView } from "./rule-views";
import type { RuleForEvaluation } from "./evaluate-rules";

export async function listRules(workspaceId: string): Promise<RuleView[]> {
  const rows = await prisma.automationRule.findMany({ where: { workspaceId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  return rows.map(toRuleView);
}

/** The rules that run: enabled, valid, in order. */
export async function listEnabledRules(workspaceId: string): Promise<RuleForEvaluation[]> {
  const rows = await prisma.automationRule.findMany({ where: { workspaceId, enabled: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  return rows.map(toRuleView).filter((r) => r.invalid === null).map(toEvaluable);
}
