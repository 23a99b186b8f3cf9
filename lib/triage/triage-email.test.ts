import { describe, expect, test } from "vitest";
import type { AiOutcome, AiProvider } from "@/lib/ai/ai-provider";
import type { LlmTriageResult } from "@/lib/ai/ai-schemas";
import type { TriageModel } from "./classifier/model-file";
import { decideRoute } from "./decide-route";
import { makeTriageInput } from "./testing/make-triage-input";
import { triageEmail } from "./triage-email";

// A model whose weights are all zero except biases: it predicts the same probabilities for any email.
function constantModel(probabilities: number[], thresholds = { spam: 0.5, automated: 0.8, attention: 0.9 }): TriageModel {
  return { dim: 8, classes: 8, weights: new Float32Array(64), bias: Float32Array.from(probabilities.map(Math.log)), temperature: 1, thresholds };
}
// Category order: spam, phishing, newsletter, notification, mailing_list, business, personal, scheduling.
const SURE_SPAM = constantModel([0.9, 0.05, 0.01, 0.01, 0.01, 0.01, 0.005, 0.005]);
const SURE_HUMAN = constantModel([0.01, 0.01, 0.01, 0.01, 0.01, 0.9, 0.03, 0.02]);
const UNSURE = constantModel([0.2, 0.05, 0.1, 0.1, 0.15, 0.2, 0.1, 0.1]);

const LLM_ANSWER: LlmTriageResult = {
  category: "lead",
  intent: "asks for a quote",
  urgency: 4,
  sentiment: "positive",
  summary: "Wants a quote for 40 desks",
  needsReply: true,
  lead: { name: "Pat", company: "BigCorp", role: null, phone: null, budget: "$20k", timeline: "May", need: "desks" },
};

/** A provider with a fixed classifyEmail outcome that counts its calls. */
function provider(outcome: AiOutcome<LlmTriageResult>, kind: AiProvider["kind"] = "openai") {
  const calls = { classify: 0, summarize: 0 };
  const ai: AiProvider = {
    kind,
    label: kind,
    embeddingModel: "none",
    classifyEmail: async () => (calls.classify++, outcome),
    summarize: async () => (calls.summarize++, { status: "ok", value: "extractive summary", usage: null }),
    draftReply: async () => ({ status: "undecided", reason: "not in this test" }),
    embed: async () => ({ status: "undecided", reason: "not in this test" }),
  };
  return { ai, calls };
}
const usage = { model: "gpt-4o-mini", inputTokens: 700, outputTokens: 120, usd: 0.0002 };
const email = makeTriageInput({ from: "pat@bigcorp.test", subject: "Quote please", text: "We need 40 desks by May." });

describe("triage combiner", () => {
  test("a confident spam verdict is final: no LLM call, automation blocked", async () => {
    const { ai, calls } = provider({ status: "ok", value: LLM_ANSWER, usage });
    const r = await triageEmail(email, { model: SURE_SPAM, ai });
    expect(r).toMatchObject({ route: "spam", category: "spam", decidedBy: "classifier", blockAutomation: true, llmCalled: false, needsReview: false });
    expect(calls.classify).toBe(0);
  });

  test("bulk headers decide 'automated' without an LLM, unless the classifier finds spam", async () => {
    const bulk = makeTriageInput({ headers: [["List-Id", "<deals.example>"]] });
    const { ai, calls } = provider({ status: "ok", value: LLM_ANSWER, usage });
    expect(await triageEmail(bulk, { model: SURE_HUMAN, ai })).toMatchObject({ route: "automated", category: "mailing_list", decidedBy: "rules" });
    expect(await triageEmail(bulk, { model: SURE_SPAM, ai })).toMatchObject({ route: "spam", decidedBy: "classifier", blockAutomation: true });
    expect(calls.classify).toBe(0);
  });

  test("attention mail goes to the LLM for category, urgency, summary and lead fields", async () => {
    const { ai, calls } = provider({ status: "ok", value: LLM_ANSWER, usage });
    const r = await triageEmail(email, { model: SURE_HUMAN, ai });
    expect(r).toMatchObject({ route: "attention", category: "lead", isLead: true, urgency: 4, decidedBy: "classifier", llmCalled: true, llmUsage: usage });
    expect(r.lead?.budget).toBe("$20k");
    expect(calls.classify).toBe(1);
  });

  test("undecided mail: the LLM decides (never routing it away from attention)", async () => {
    const { ai } = provider({ status: "ok", value: { ...LLM_ANSWER, category: "support" }, usage });
    expect(await triageEmail(email, { model: UNSURE, ai })).toMatchObject({ route: "attention", category: "support", decidedBy: "llm", needsReview: false });
  });

  test("LLM failure: the email stays in attention, marked for review, nothing lost", async () => {
    const { ai } = provider({ status: "failed", failure: { kind: "timeout", message: "took too long" } });
    const r = await triageEmail(email, { model: UNSURE, ai });
    expect(r).toMatchObject({ route: "attention", decidedBy: null, needsReview: true, llmCalled: true });
    expect(r.reasons.at(-1)).toContain("timeout");
  });

  test("offline provider: rules/classifier verdict kept, extractive summary for attention mail, no review flag when decided", async () => {
    const { ai, calls } = provider({ status: "undecided", reason: "offline" }, "offline");
    expect(await triageEmail(email, { model: SURE_HUMAN, ai })).toMatchObject({ route: "attention", decidedBy: "classifier", summary: "extractive summary", needsReview: false, llmCalled: false });
    expect(await triageEmail(email, { model: UNSURE, ai })).toMatchObject({ route: "attention", decidedBy: null, needsReview: true });
    expect(calls.summarize).toBe(2);
  });

  test("a workspace rule decides before the classifier and the AI", async () => {
    const { ai, calls } = provider({ status: "ok", value: LLM_ANSWER, usage });
    const r = await triageEmail(email, { model: SURE_SPAM, ai, context: { senderRules: [{ id: "r", pattern: "@bigcorp.test", category: "personal" }] } });
    expect(r).toMatchObject({ route: "attention", category: "personal", decidedBy: "user", ruleId: "r", classifier: null, llmCalled: false });
    expect(calls.classify).toBe(0);
  });

  test("without a model nothing is routed away", () => {
    expect(decideRoute({ decided: false, reasons: [] }, null)).toMatchObject({ route: "attention", decidedBy: null });
  });
});
