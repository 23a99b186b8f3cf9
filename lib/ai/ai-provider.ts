import type { DraftReplyOutput, LlmTriageResult } from "./ai-schemas";

/** The email as the AI sees it: plain text only, already parsed and size-capped by the caller. */
export interface EmailForAi {
  messageId?: string | null;
  from: string;
  fromName?: string | null;
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  receivedAt?: Date | null;
}

/** A retrieved knowledge-base passage offered to the drafter; the id is what sources cite. */
export interface SourcePassage {
  id: string;
  title: string;
  text: string;
  score?: number;
}

export interface DraftReplyInput {
  email: EmailForAi;
  // Earlier messages of the thread, oldest first (the email itself excluded).
  thread: EmailForAi[];
  passages: SourcePassage[];
  // CRM facts about the sender ("Contact: Jane, stage: proposal"), when the CRM knows them.
  crmContext?: string | null;
  tone?: string | null;
  signature?: string | null;
  workspaceName?: string | null;
}

/**
 * Why an AI call did not produce a result. The caller marks the email
 * "needs review" and moves on: nothing is lost and nothing is guessed.
 */
export type AiFailureKind = "timeout" | "rate_limited" | "quota_exhausted" | "malformed_output" | "refusal" | "api_error" | "auth_error";

export interface AiFailure {
  kind: AiFailureKind;
  message: string;
}

export interface AiUsageFigures {
  model: string;
  inputTokens: number;
  outputTokens: number;
  usd: number;
}

/**
 * ok: the model answered and the answer validated.
 * undecided: this provider does not make that decision (the offline
 *   provider never classifies: triage keeps its rules/classifier verdict).
 * failed: the call was made and failed; see failure.kind.
 */
export type AiOutcome<T> =
  | { status: "ok"; value: T; usage: AiUsageFigures | null }
  | { status: "undecided"; reason: string }
  | { status: "failed"; failure: AiFailure };

export interface AiCallOptions {
  // Links the recorded AiUsage row to the email the call was about.
  messageId?: string | null;
}

export interface AiProvider {
  kind: "openai" | "offline";
  /** Shown in the UI ("OpenAI (workspace key)", "Offline AI"). */
  label: string;
  /** Vectors from different models are not comparable: stored with every chunk. */
  embeddingModel: string;
  classifyEmail(email: EmailForAi, options?: AiCallOptions): Promise<AiOutcome<LlmTriageResult>>;
  summarize(email: EmailForAi, options?: AiCallOptions): Promise<AiOutcome<string>>;
  draftReply(input: DraftReplyInput, options?: AiCallOptions): Promise<AiOutcome<DraftReplyOutput>>;
  /** One L2-normalised vector per text, same order. */
  embed(texts: string[], options?: AiCallOptions): Promise<AiOutcome<number[][]>>;
}
