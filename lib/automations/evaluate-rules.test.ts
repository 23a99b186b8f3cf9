import { describe, expect, test } from "vitest";
import { conditionSchema, ruleInputSchema, type Action, type Condition } from "./automation-schemas";
import { autoSendRefusal, type AutoSendFacts } from "./check-auto-send";
import type { MessageFacts, TriageFacts } from "./evaluate-condition";
import { aiInstructionsNeeded, evaluateRule, evaluateRules, type RuleForEvaluation } from "./evaluate-rules";
import { isRegexSafe } from "./safe-regex";
import { BUSINESS_PRESETS } from "./presets";

const message: MessageFacts = { fromAddress: "Jane.Doe@mail.Acme.com", fromName: "Jane Doe", subject: "Quote for a kitchen refit (urgent)" };
const lead: TriageFacts = { route: "attention", category: "lead", urgency: 4, isLead: true };
const spam: TriageFacts = { route: "spam", category: "phishing", urgency: null, isLead: false };
const newsletter: TriageFacts = { route: "automated", category: "newsletter", urgency: null, isLead: false };

let n = 0;
function rule(items: Condition[], actions: Action[] = [{ type: "label", label: "X" }], match: "all" | "any" = "all", stopProcessing = false): RuleForEvaluation {
  return { id: `r${++n}`, name: `rule ${n}`, conditions: { match, items }, actions, stopProcessing };
}
const status = (items: Condition[], triage: TriageFacts | null = lead, match: "all" | "any" = "all", ai = new Map<string, boolean | "unavailable">()) =>
  evaluateRule(rule(items, undefined, match), message, triage, ai).status;

describe("conditions", () => {
  test("sender equals (case-insensitive) and contains (address or name)", () => {
    expect(status([{ type: "sender", op: "equals", value: "jane.doe@mail.acme.com" }])).toBe("matched");
    expect(status([{ type: "sender", op: "equals", value: "jane@acme.com" }])).toBe("not_matched");
    expect(status([{ type: "sender", op: "contains", value: "jane doe" }])).toBe("matched");
    expect(status([{ type: "sender", op: "contains", value: "bob" }])).toBe("not_matched");
  });

  test("domain matches the domain and its subdomains, not look-alikes", () => {
    expect(status([{ type: "domain", value: "acme.com" }])).toBe("matched");
    expect(status([{ type: "domain", value: "mail.acme.com" }])).toBe("matched");
    expect(status([{ type: "domain", value: "cme.com" }])).toBe("not_matched");
  });

  test("subject contains and regex", () => {
    expect(status([{ type: "subject", op: "contains", value: "KITCHEN" }])).toBe("matched");
    expect(status([{ type: "subject", op: "regex", value: "\\b(quote|estimate)\\b" }])).toBe("matched");
    expect(status([{ type: "subject", op: "regex", value: "^invoice" }])).toBe("not_matched");
  });

  test("category, route and urgency need triage", () => {
    expect(status([{ type: "category", values: ["lead", "support"] }])).toBe("matched");
    expect(status([{ type: "category", values: ["billing"] }])).toBe("not_matched");
    expect(status([{ type: "route", values: ["attention"] }])).toBe("matched");
    expect(status([{ type: "route", values: ["automated"] }])).toBe("not_matched");
    expect(status([{ type: "urgency", min: 4 }])).toBe("matched");
    expect(status([{ type: "urgency", min: 5 }])).toBe("not_matched");
    expect(status([{ type: "category", values: ["lead"] }], null)).toBe("not_matched");
    expect(status([{ type: "urgency", min: 1 }], newsletter)).toBe("not_matched");
  });

  test("AI instruction: judged verdicts apply; without a verdict (offline provider) the rule is not evaluated and does not fire", () => {
    const ai = { type: "ai", instruction: "asks for a quote" } as const;
    expect(status([ai], lead, "all", new Map([[ai.instruction, true]]))).toBe("matched");
    expect(status([ai], lead, "all", new Map([[ai.instruction, false]]))).toBe("not_matched");
    const offline = evaluateRule(rule([ai]), message, lead, new Map([[ai.instruction, "unavailable"]]));
    expect(offline.status).toBe("not_evaluated");
    expect(offline.planned).toEqual([]);
    expect(offline.conditions[0]!.reason).toMatch(/offline/);
  });
});

describe("all / any", () => {
  const yes: Condition = { type: "domain", value: "acme.com" };
  const no: Condition = { type: "domain", value: "other.org" };
  const ai: Condition = { type: "ai", instruction: "is about a kitchen" };
  test("all needs every condition; any needs one", () => {
    expect(status([yes, no], lead, "all")).toBe("not_matched");
    expect(status([yes, yes], lead, "all")).toBe("matched");
    expect(status([yes, no], lead, "any")).toBe("matched");
    expect(status([no, no], lead, "any")).toBe("not_matched");
  });
  test("an unevaluated AI condition: all -> not evaluated unless another fails; any -> matched if another holds", () => {
    expect(status([yes, ai], lead, "all")).toBe("not_evaluated");
    expect(status([no, ai], lead, "all")).toBe("not_matched");
    expect(status([yes, ai], lead, "any")).toBe("matched");
    expect(status([no, ai], lead, "any")).toBe("not_evaluated");
  });
  test("AI is only asked when its answer can change the outcome", () => {
    const rules = [rule([no, ai], undefined, "all"), rule([yes, { type: "ai", instruction: "b" }], undefined, "any"), rule([yes, { type: "ai", instruction: "c" }], undefined, "all")];
    expect(aiInstructionsNeeded(rules, message, lead)).toEqual(["c"]);
  });
  test("stopProcessing leaves later rules not reached", () => {
    const first = rule([yes], [{ type: "label", label: "A" }], "all", true);
    const second = rule([yes], [{ type: "label", label: "B" }]);
    expect(evaluateRules([first, second], message, lead).map((o) => o.status)).toEqual(["matched", "not_reached"]);
    expect(evaluateRules([{ ...first, stopProcessing: false }, second], message, lead).map((o) => o.status)).toEqual(["matched", "matched"]);
  });
});

describe("spam safeguards", () => {
  const every: Action[] = [
    { type: "label", label: "Junk" },
    { type: "archive" },
    { type: "mark_read" },
    { type: "create_lead" },
    { type: "draft_reply" },
    { type: "auto_send", minConfidence: 0.9, allowFirstTimeSenders: true },
    { type: "forward", to: "boss@acme.com" },
    { type: "webhook", url: "https://hooks.example.com/x" },
  ];
  const decisions = (triage: TriageFacts | null) => evaluateRule(rule([{ type: "domain", value: "acme.com" }], every), message, triage, new Map()).planned.map((p) => `${p.action.type}:${p.decision}`);

  test("on spam/phishing only label and archive ever run", () => {
    expect(decisions(spam)).toEqual(["label:run", "archive:run", "mark_read:skip", "create_lead:skip", "draft_reply:skip", "auto_send:skip", "forward:skip", "webhook:skip"]);
    expect(decisions({ ...lead, category: "spam" }).filter((d) => d.endsWith(":run"))).toEqual(["label:run", "archive:run"]);
    expect(decisions({ ...lead, blockAutomation: true }).filter((d) => d.endsWith(":run"))).toEqual(["label:run", "archive:run"]);
  });
  test("untriaged mail is treated the same way; automated mail is never auto-answered", () => {
    expect(decisions(null).filter((d) => d.endsWith(":run"))).toEqual(["label:run", "archive:run"]);
    expect(decisions(newsletter)).toContain("auto_send:skip");
    expect(decisions(newsletter)).toContain("webhook:run");
    expect(decisions(lead).every((d) => d.endsWith(":run"))).toBe(true);
  });
});

describe("auto-send guards", () => {
  const ok: AutoSendFacts = { triage: lead, draftConfidence: 0.92, minConfidence: 0.85, isFirstTimeSender: false, allowFirstTimeSenders: false, sentToday: 3, dailyCap: 20 };
  test("all guards pass", () => expect(autoSendRefusal(ok)).toBeNull());
  test("confidence threshold", () => {
    expect(autoSendRefusal({ ...ok, draftConfidence: 0.84 })).toMatch(/below the rule's threshold 0.85/);
    expect(autoSendRefusal({ ...ok, draftConfidence: 0.85 })).toBeNull();
    expect(autoSendRefusal({ ...ok, draftConfidence: Number.NaN })).toMatch(/threshold/);
  });
  test("first-time senders only when the rule allows it", () => {
    expect(autoSendRefusal({ ...ok, isFirstTimeSender: true })).toMatch(/First-time sender/);
    expect(autoSendRefusal({ ...ok, isFirstTimeSender: true, allowFirstTimeSenders: true })).toBeNull();
  });
  test("daily cap", () => {
    expect(autoSendRefusal({ ...ok, sentToday: 19 })).toBeNull();
    expect(autoSendRefusal({ ...ok, sentToday: 20 })).toMatch(/cap reached/);
    expect(autoSendRefusal({ ...ok, dailyCap: 0, sentToday: 0 })).toMatch(/turned off/);
  });
  test("never for spam, phishing, automated or untriaged mail", () => {
    expect(autoSendRefusal({ ...ok, triage: spam })).toMatch(/Spam/);
    expect(autoSendRefusal({ ...ok, triage: { ...lead, category: "phishing" } })).toMatch(/Spam/);
    expect(autoSendRefusal({ ...ok, triage: newsletter })).toMatch(/Automated/);
    expect(autoSendRefusal({ ...ok, triage: null })).toMatch(/Not triaged/);
  });
});

describe("schemas", () => {
  test("unsafe or invalid subject patterns are refused", () => {
    for (const bad of ["(a+)+$", "(a|ab)*c", "(x*)*", "(\\w+\\s?)+$", "(.*){2,}", "a.*b.*c.*d", "(a)\\1", "(?=a)b", "[unclosed", "a{1,}b+c*"]) {
      expect(isRegexSafe(bad).ok, bad).toBe(false);
      expect(conditionSchema.safeParse({ type: "subject", op: "regex", value: bad }).success, bad).toBe(false);
    }
    for (const good of ["^invoice #\\d+", "\\b(order|refund)\\b", "[A-Z]{3}-\\d{4}", "re: .*quote", "(ab)?c"]) expect(isRegexSafe(good).ok, good).toBe(true);
    expect(isRegexSafe("a".repeat(201)).ok).toBe(false);
  });
  test("rules need a condition and an action; system labels and bad URLs are refused", () => {
    const base = { name: "r", conditions: { match: "all", items: [{ type: "urgency", min: 3 }] }, actions: [{ type: "archive" }] };
    expect(ruleInputSchema.safeParse(base).success).toBe(true);
    expect(ruleInputSchema.safeParse({ ...base, conditions: { match: "all", items: [] } }).success).toBe(false);
    expect(ruleInputSchema.safeParse({ ...base, actions: [] }).success).toBe(false);
    expect(ruleInputSchema.safeParse({ ...base, actions: [{ type: "label", label: "INBOX" }] }).success).toBe(false);
    expect(ruleInputSchema.safeParse({ ...base, actions: [{ type: "webhook", url: "ftp://x.example.com" }] }).success).toBe(false);
    expect(ruleInputSchema.safeParse({ ...base, actions: [{ type: "auto_send", minConfidence: 0.2 }] }).success).toBe(false);
    expect(ruleInputSchema.parse({ ...base, actions: [{ type: "auto_send" }] }).actions[0]).toEqual({ type: "auto_send", minConfidence: 0.85, allowFirstTimeSenders: false });
  });
  test("every preset is valid and never auto-sends", () => {
    expect(BUSINESS_PRESETS.map((p) => p.key)).toEqual(["agency", "ecommerce", "consulting", "trades", "saas"]);
    const keys = BUSINESS_PRESETS.flatMap((p) => p.rules.map((r) => r.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of BUSINESS_PRESETS) for (const r of p.rules) {
      expect(ruleInputSchema.safeParse(r.rule).success).toBe(true);
      expect(r.rule.actions.some((a) => a.type === "auto_send")).toBe(false);
    }
  });
});
