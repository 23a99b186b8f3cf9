import type { Action, Condition } from "@/lib/automations/automation-schemas";

/** One line per condition/action, for the rule list and the activity log. */
export function describeCondition(c: Condition): string {
  switch (c.type) {
    case "sender":
      return `Sender ${c.op === "equals" ? "is" : "contains"} "${c.value}"`;
    case "domain":
      return `Sender domain is ${c.value}`;
    case "subject":
      return c.op === "contains" ? `Subject contains "${c.value}"` : `Subject matches /${c.value}/`;
    case "category":
      return `Category is ${c.values.join(" or ")}`;
    case "route":
      return `Routed to ${c.values.join(" or ")}`;
    case "urgency":
      return `Urgency ≥ ${c.min}`;
    case "ai":
      return `AI: “${c.instruction}”`;
  }
}

export const ACTION_LABELS: Record<Action["type"], string> = {
  label: "Apply Gmail label",
  archive: "Archive",
  mark_read: "Mark read",
  create_lead: "Create CRM lead",
  draft_reply: "Draft a reply",
  auto_send: "Auto-send reply",
  forward: "Forward",
  webhook: "Notify webhook",
};

export function describeAction(a: Action): string {
  switch (a.type) {
    case "label":
      return `Label “${a.label}”`;
    case "forward":
      return `Forward to ${a.to}`;
    case "webhook":
      return `Webhook ${a.url}`;
    case "auto_send":
      return `Auto-send if confidence ≥ ${a.minConfidence}${a.allowFirstTimeSenders ? " (incl. new senders)" : ""}`;
    default:
      return ACTION_LABELS[a.type];
  }
}

/** Label for a log row's action type (includes the rule-level "evaluate" entry). */
export function actionTypeLabel(type: string): string {
  return type === "evaluate" ? "Rule check" : (ACTION_LABELS[type as Action["type"]] ?? type);
}
