import type { Action, Condition, RuleInput } from "@/lib/automations/automation-schemas";

export const CONDITION_TYPES: { type: Condition["type"]; label: string }[] = [
  { type: "sender", label: "Sender" },
  { type: "domain", label: "Sender domain" },
  { type: "subject", label: "Subject" },
  { type: "category", label: "Category" },
  { type: "route", label: "Route" },
  { type: "urgency", label: "Urgency" },
  { type: "ai", label: "AI instruction" },
];

export function newCondition(type: Condition["type"]): Condition {
  switch (type) {
    case "sender":
      return { type, op: "contains", value: "" };
    case "domain":
      return { type, value: "" };
    case "subject":
      return { type, op: "contains", value: "" };
    case "category":
      return { type, values: ["lead"] };
    case "route":
      return { type, values: ["attention"] };
    case "urgency":
      return { type, min: 4 };
    case "ai":
      return { type, instruction: "" };
  }
}

export function newAction(type: Action["type"]): Action {
  switch (type) {
    case "label":
      return { type, label: "" };
    case "auto_send":
      return { type, minConfidence: 0.85, allowFirstTimeSenders: false };
    case "forward":
      return { type, to: "" };
    case "webhook":
      return { type, url: "" };
    default:
      return { type };
  }
}

export const EMPTY_RULE: RuleInput = {
  name: "",
  conditions: { match: "all", items: [newCondition("category")] },
  actions: [newAction("label")],
  stopProcessing: false,
};

/** zod issues keyed by their path ("conditions.items.0.value"), for helper texts. */
export type FieldErrors = Record<string, string>;
