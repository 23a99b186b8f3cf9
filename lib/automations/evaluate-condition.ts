import type { Condition, TriageRoute } from "./automation-schemas";
import { isRegexSafe, REGEX_SUBJECT_LIMIT } from "./safe-regex";

/** What the evaluator knows about an email (stored message fields). */
export interface MessageFacts {
  fromAddress: string | null;
  fromName: string | null;
  subject: string | null;
}

/** The triage result for the email; null when it has not been triaged. */
export interface TriageFacts {
  route: TriageRoute;
  category: string | null;
  urgency: number | null;
  isLead: boolean;
  /** Triage's own "never automate this" flag (spam/phishing). */
  blockAutomation?: boolean;
}

/** AI verdicts by instruction text: true/false, or "unavailable" when the provider cannot judge. */
export type AiJudgments = ReadonlyMap<string, boolean | "unavailable">;

export type ConditionResult = true | false | "not_evaluated";

export interface ConditionOutcome {
  index: number;
  type: Condition["type"];
  result: ConditionResult;
  reason: string;
}

const lower = (s: string | null | undefined) => (s ?? "").trim().toLowerCase();

export function senderDomain(address: string | null): string {
  const at = lower(address).lastIndexOf("@");
  return at < 0 ? "" : lower(address).slice(at + 1);
}

function outcome(index: number, type: Condition["type"], result: ConditionResult, reason: string): ConditionOutcome {
  return { index, type, result, reason };
}

/** One condition against one email, with a sentence saying why it did or did not hold. */
export function evaluateCondition(condition: Condition, index: number, message: MessageFacts, triage: TriageFacts | null, ai: AiJudgments): ConditionOutcome {
  const o = (result: ConditionResult, reason: string) => outcome(index, condition.type, result, reason);
  switch (condition.type) {
    case "sender": {
      const value = lower(condition.value);
      const address = lower(message.fromAddress);
      const hit = condition.op === "equals" ? address === value : address.includes(value) || lower(message.fromName).includes(value);
      return o(hit, `sender ${message.fromAddress ?? "(none)"} ${hit ? "" : "does not "}${condition.op === "equals" ? "equal" : "contain"} "${condition.value}"`);
    }
    case "domain": {
      const domain = senderDomain(message.fromAddress);
      const value = lower(condition.value);
      const hit = domain !== "" && (domain === value || domain.endsWith(`.${value}`));
      return o(hit, `sender domain ${domain || "(none)"} ${hit ? "is" : "is not"} ${value}`);
    }
    case "subject": {
      const subject = message.subject ?? "";
      if (condition.op === "contains") {
        const hit = lower(subject).includes(lower(condition.value));
        return o(hit, `subject ${hit ? "contains" : "does not contain"} "${condition.value}"`);
      }
      const check = isRegexSafe(condition.value);
      if (!check.ok) return o(false, `subject pattern refused: ${check.reason}`);
      const hit = check.regex.test(subject.slice(0, REGEX_SUBJECT_LIMIT));
      return o(hit, `subject ${hit ? "matches" : "does not match"} /${condition.value}/`);
    }
    case "category": {
      if (!triage) return o(false, "not triaged yet");
      const hit = triage.category !== null && condition.values.map(lower).includes(lower(triage.category));
      return o(hit, `category ${triage.category ?? "(none)"} ${hit ? "is" : "is not"} one of ${condition.values.join(", ")}`);
    }
    case "route": {
      if (!triage) return o(false, "not triaged yet");
      const hit = condition.values.includes(triage.route);
      return o(hit, `routed to ${triage.route}${hit ? "" : `, not ${condition.values.join("/")}`}`);
    }
    case "urgency": {
      if (!triage || triage.urgency === null) return o(false, "no urgency assessed");
      const hit = triage.urgency >= condition.min;
      return o(hit, `urgency ${triage.urgency} ${hit ? ">=" : "<"} ${condition.min}`);
    }
    case "ai": {
      const verdict = ai.get(condition.instruction);
      if (verdict === undefined || verdict === "unavailable") return o("not_evaluated", "AI instruction not evaluated: the workspace's AI provider is offline (no OpenAI key)");
      return o(verdict, `AI judged "${condition.instruction}": ${verdict ? "yes" : "no"}`);
    }
  }
}
