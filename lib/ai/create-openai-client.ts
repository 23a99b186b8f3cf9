import OpenAI from "openai";
import { env } from "@/lib/env";
import { noRetryOnInsufficientQuota } from "./no-retry-on-insufficient-quota";

export interface OpenAiClientOptions {
  apiKey: string;
  baseURL?: string;
  timeoutMs?: number;
  // The SDK retries 408/409/429/5xx and connection errors with backoff, honouring retry-after
  // (except insufficient_quota 429s: see no-retry-on-insufficient-quota.ts).
  maxRetries?: number;
}

/** The one way the app builds an OpenAI SDK client, so every call shares its timeout and retry policy. */
export function createOpenAiClient(options: OpenAiClientOptions): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? env.OPENAI_BASE_URL,
    timeout: options.timeoutMs ?? env.OPENAI_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? 2,
    fetch: noRetryOnInsufficientQuota,
  });
}
