import type { AiProvider, AiUsageFigures } from "@/lib/ai/ai-provider";
import type { LeadFields } from "@/lib/ai/ai-schemas";
import { classifyWithModel, type ClassifierResult } from "./classifier/classify-email";
import type { TriageModel } from "./classifier/model-file";
import { decideRoute, needsLlm } from "./decide-route";
import { prefilter, type PrefilterContext } from "./prefilter";
import { toEmailForAi } from "./to-email-for-ai";
import type { TriageInput } from "./triage-input";
import type { DecidedBy, TriageCategory, TriageRoute } from "./triage-schemas";

export interface TriageLlmFields {
  intent: string | null;
  urgency: number | null;
  sentiment: string | null;
  summary: string | null;
  needsReply: boolean | null;
  lead: LeadFields | null;
}

export interface TriageResult extends TriageLlmFields {
  route: TriageRoute;
  category: TriageCategory;
  confidence: number;
  // null: no rule, classifier or LLM was sure; the mail stays in the inbox for a person.
  decidedBy: DecidedBy | null;
  reasons: string[];
  needsReview: boolean;
  // Spam and phishing: automations, drafts and auto-replies must skip it.
  blockAutomation: boolean;
  isLead: boolean;
  ruleId: string | null;
  llmCalled: boolean;
  llmUsage: AiUsageFigures | null;
  classifier: Pick<ClassifierResult, "routeProbabilities" | "category" | "confidence"> | null;
}

export interface TriageDeps {
  model: TriageModel | null;
  context?: PrefilterContext;
  // null: do not consult any AI (e.g. the eval's no-LLM measurement).
  ai: AiProvider | null;
  messageId?: string | null;
  receivedAt?: Date | null;
}

const EMPTY_LLM: TriageLlmFields = { intent: null, urgency: null, sentiment: null, summary: null, needsReply: null, lead: null };

/** Cheap first, AI last: prefilter -> local classifier -> LLM only where still needed. */
export async function triageEmail(input: TriageInput, deps: TriageDeps): Promise<TriageResult> {
  const pre = prefilter(input, deps.context);
  const skipClassifier = pre.decided && !pre.spamCheck;
  const cls = skipClassifier || !deps.model ? null : classifyWithModel(deps.model, input);
  const decision = decideRoute(pre, cls);
  const result: TriageResult = {
    ...EMPTY_LLM,
    ...decision,
    needsReview: decision.decidedBy === null,
    blockAutomation: decision.route === "spam",
    isLead: false,
    ruleId: pre.decided ? (pre.ruleId ?? null) : null,
    llmCalled: false,
    llmUsage: null,
    classifier: cls && { routeProbabilities: cls.routeProbabilities, category: cls.category, confidence: cls.confidence },
  };
  if (!deps.ai || !needsLlm(decision)) return result;

  const email = toEmailForAi(input, deps.messageId, deps.receivedAt);
  const outcome = await deps.ai.classifyEmail(email, { messageId: deps.messageId });
  if (outcome.status === "ok") {
    const llm = outcome.value;
    result.llmCalled = true;
    result.llmUsage = outcome.usage;
    Object.assign(result, { intent: llm.intent, urgency: llm.urgency, sentiment: llm.sentiment, summary: llm.summary, needsReply: llm.needsReply, lead: llm.lead });
    // The LLM's categories are all attention categories: it refines what a
    // person should look at, and never sends mail away from the inbox.
    result.category = llm.category;
    result.isLead = llm.category === "lead";
    result.reasons = [...result.reasons, `LLM (${outcome.usage?.model ?? deps.ai.label}): ${llm.category}, urgency ${llm.urgency}`];
    if (result.decidedBy === null) {
      result.decidedBy = "llm";
      result.needsReview = false;
    }
    return result;
  }
  if (outcome.status === "failed") {
    result.llmCalled = true;
    result.needsReview = true;
    result.reasons = [...result.reasons, `LLM failed (${outcome.failure.kind}): needs review`];
    return result;
  }
  // Offline AI does not classify; an extractive summary still helps the inbox.
  if (result.route === "attention") {
    const summary = await deps.ai.summarize(email, { messageId: deps.messageId });
    if (summary.status === "ok") result.summary = summary.value;
  }
  return result;
}
