import type { AutomationRule } from "@/generated/prisma/client";
import { actionsSchema, conditionsSchema, type Action, type Conditions } from "./automation-schemas";
import type { RuleForEvaluation } from "./evaluate-rules";

/** A rule as the UI and API see it (never the webhook secret). */
export interface RuleView {
  id: string;
  name: string;
  enabled: boolean;
  position: number;
  conditions: Conditions;
  actions: Action[];
  stopProcessing: boolean;
  presetKey: string | null;
  hasWebhookSecret: boolean;
  /** Set when the stored JSON no longer parses: the rule never runs until it is fixed. */
  invalid: string | null;
  updatedAt: string;
}

const EMPTY: Conditions = { match: "all", items: [] };

/** Re-parses stored JSON with the same schemas the editor used. */
export function toRuleView(row: AutomationRule): RuleView {
  const conditions = conditionsSchema.safeParse(row.conditions);
  const actions = actionsSchema.safeParse(row.actions);
  const problem = !conditions.success ? conditions.error.issues[0]?.message : !actions.success ? actions.error.issues[0]?.message : null;
  return {
    id: row.id,
    name: row.name,
    enabled: row.enabled,
    position: row.position,
    conditions: conditions.success ? conditions.data : EMPTY,
    actions: actions.success ? actions.data : [],
    stopProcessing: row.stopProcessing,
    presetKey: row.presetKey,
    hasWebhookSecret: row.webhookSecretEnc !== null,
    invalid: problem ? `Stored rule is invalid: ${problem}` : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toEvaluable(view: RuleView): RuleForEvaluation {
  return { id: view.id, name: view.name, conditions: view.conditions, actions: view.actions, stopProcessing: view.stopProcessing };
}
