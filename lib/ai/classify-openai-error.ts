import OpenAI from "openai";
import type { AiFailure } from "./ai-provider";

/**
 * Maps what the SDK throws (after its own retries) to a failure kind the
 * caller can act on. Timeouts are checked first: the SDK reports them as a
 * subclass of APIConnectionError.
 */
export function classifyOpenAiError(err: unknown): AiFailure {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof OpenAI.APIConnectionTimeoutError) return { kind: "timeout", message: "The AI provider did not answer in time" };
  // A 429 with code insufficient_quota is not a rate limit: no wait helps until someone adds credit to the account.
  if (err instanceof OpenAI.RateLimitError && (err.code === "insufficient_quota" || err.type === "insufficient_quota")) {
    return { kind: "quota_exhausted", message: "The OpenAI account has no credit or quota left: add credit in the OpenAI billing settings, or use another API key" };
  }
  if (err instanceof OpenAI.RateLimitError) return { kind: "rate_limited", message: "The AI provider is rate limiting this workspace" };
  if (err instanceof OpenAI.AuthenticationError || err instanceof OpenAI.PermissionDeniedError) {
    return { kind: "auth_error", message: "The OpenAI API key was rejected" };
  }
  if (err instanceof OpenAI.APIConnectionError) return { kind: "api_error", message: `Could not reach the AI provider: ${message}` };
  if (err instanceof OpenAI.APIError) return { kind: "api_error", message: `AI provider error ${err.status ?? ""}: ${message}`.trim() };
  return { kind: "api_error", message };
}
