import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { hashEmbedding } from "@/lib/ai/hash-embedding";
import { tokenPieces } from "@/lib/ai/token-pieces";
import { checkStrictJsonSchema } from "./check-strict-json-schema";
import { schemaExample } from "./schema-example";

/**
 * A local OpenAI API (POST /v1/chat/completions with response_format
 * json_schema, POST /v1/embeddings) with the real response and error shapes,
 * usage fields included. Tests point the real SDK at `baseURL` and script
 * what the next calls get: a JSON answer, malformed text, a refusal, an HTTP
 * error (with retry-after), a hang past the client's timeout, or truncation.
 */
export type FakeChatBehaviour =
  | { kind: "json"; value: unknown }
  | { kind: "text"; content: string }
  | { kind: "refusal"; refusal: string }
  | { kind: "length" }
  | { kind: "error"; status: number; retryAfterSeconds?: number; code?: string; message?: string }
  /** The 429 an account without credit gets (type and code insufficient_quota, no retry-after), on every attempt. */
  | { kind: "insufficient_quota" }
  | { kind: "hang" };

export type FakeEmbeddingBehaviour = Extract<FakeChatBehaviour, { kind: "error" | "hang" | "insufficient_quota" }>;

// OpenAI's error-codes guide: "429 - You exceeded your current quota, please check your plan and billing details".
const INSUFFICIENT_QUOTA = {
  message: "You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
  type: "insufficient_quota",
  param: null,
  code: "insufficient_quota",
};

export interface RecordedOpenAiRequest {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface FakeOpenAiServer {
  baseURL: string;
  requests: RecordedOpenAiRequest[];
  /** Behaviours for the next chat completions, consumed in order; afterwards the responder answers. */
  scriptChat(...behaviours: FakeChatBehaviour[]): void;
  scriptEmbeddings(...behaviours: FakeEmbeddingBehaviour[]): void;
  /** Default answer for unscripted chat calls; receives the request body. Defaults to a schema-valid example. */
  respondWith(responder: (body: Record<string, unknown>) => unknown): void;
  close(): Promise<void>;
}

const approxTokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));
const embeddingTokens = (input: string | number[]) => (Array.isArray(input) ? input.length : tokenPieces(input).reduce((sum, p) => sum + p.tokens, 0));

/**
 * The embedding models' native widths and limits (OpenAI's embeddings guide and API reference): 8,192 tokens per
 * input, 300,000 tokens and 2,048 inputs per request, `dimensions` only on text-embedding-3 models and at most
 * the native width.
 */
export const EMBEDDING_MODELS: Record<string, { dimensions: number; shortenable: boolean }> = {
  "text-embedding-3-small": { dimensions: 1536, shortenable: true },
  "text-embedding-3-large": { dimensions: 3072, shortenable: true },
  "text-embedding-ada-002": { dimensions: 1536, shortenable: false },
};
const EMBEDDING_INPUT_TOKENS = 8192;
const EMBEDDING_REQUEST_TOKENS = 300_000;
const EMBEDDING_REQUEST_INPUTS = 2048;
const requestId = () => `req_${randomBytes(12).toString("hex")}`;

function errorType(status: number): string {
  if (status === 429) return "requests";
  if (status === 401) return "invalid_request_error";
  if (status >= 500) return "server_error";
  return "invalid_request_error";
}

export async function startFakeOpenAiServer(options: { apiKey?: string } = {}): Promise<FakeOpenAiServer> {
  const chatQueue: FakeChatBehaviour[] = [];
  const embeddingQueue: FakeEmbeddingBehaviour[] = [];
  const requests: RecordedOpenAiRequest[] = [];
  let responder = (body: Record<string, unknown>): unknown => {
    const format = body.response_format as { json_schema?: { schema?: object } } | undefined;
    return format?.json_schema?.schema ? schemaExample(format.json_schema.schema) : { answer: "ok" };
  };

  const send = (res: http.ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", "x-request-id": requestId(), ...headers });
    res.end(JSON.stringify(payload));
  };
  const sendError = (res: http.ServerResponse, b: Extract<FakeChatBehaviour, { kind: "error" }>) => {
    const headers: Record<string, string> = b.retryAfterSeconds !== undefined ? { "retry-after": String(b.retryAfterSeconds) } : {};
    const type = errorType(b.status);
    send(res, b.status, { error: { message: b.message ?? `Fake error ${b.status}`, type, param: null, code: b.code ?? (b.status === 429 ? "rate_limit_exceeded" : type) } }, headers);
  };

  const chat = (res: http.ServerResponse, body: Record<string, unknown>) => {
    const format = body.response_format as { type?: string; json_schema?: { name?: unknown; strict?: boolean; schema?: unknown } } | undefined;
    if (format?.type === "json_schema" && format.json_schema?.strict === true) {
      // Refused before any scripted behaviour is used, as the real API refuses before generating.
      const invalid = checkStrictJsonSchema(format.json_schema.name, format.json_schema.schema);
      if (invalid) return send(res, 400, { error: { message: invalid, type: "invalid_request_error", param: "response_format", code: null } });
    }
    const behaviour = chatQueue.shift() ?? { kind: "json", value: responder(body) };
    if (behaviour.kind === "hang") return; // the client's timeout ends it
    if (behaviour.kind === "error") return sendError(res, behaviour);
    if (behaviour.kind === "insufficient_quota") return send(res, 429, { error: INSUFFICIENT_QUOTA });
    const content =
      behaviour.kind === "json" ? JSON.stringify(behaviour.value) : behaviour.kind === "text" ? behaviour.content : behaviour.kind === "length" ? '{"category":"le' : null;
    const promptTokens = approxTokens(JSON.stringify(body.messages ?? []));
    const completionTokens = approxTokens(content ?? (behaviour.kind === "refusal" ? behaviour.refusal : ""));
    send(res, 200, {
      id: `chatcmpl-${randomBytes(12).toString("hex")}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: `${String(body.model)}-2024-07-18`,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content, refusal: behaviour.kind === "refusal" ? behaviour.refusal : null, annotations: [] },
          logprobs: null,
          finish_reason: behaviour.kind === "length" ? "length" : "stop",
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
      },
      service_tier: "default",
      system_fingerprint: "fp_fake0001",
    });
  };

  const invalid = (res: http.ServerResponse, message: string, param: string | null = null, code: string | null = null) =>
    send(res, 400, { error: { message, type: "invalid_request_error", param, code } });

  const embeddings = (res: http.ServerResponse, body: Record<string, unknown>) => {
    const model = EMBEDDING_MODELS[String(body.model)];
    if (!model) return send(res, 404, { error: { message: `The model \`${String(body.model)}\` does not exist or you do not have access to it.`, type: "invalid_request_error", param: null, code: "model_not_found" } });
    const raw = body.input;
    const input: (string | number[])[] = typeof raw === "string" ? [raw] : Array.isArray(raw) && raw.every((x) => typeof x === "number") ? [raw as number[]] : Array.isArray(raw) ? (raw as (string | number[])[]) : [];
    if (input.length === 0 || input.some((x) => x === "" || (Array.isArray(x) && x.length === 0))) return invalid(res, "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.", "input");
    if (input.length > EMBEDDING_REQUEST_INPUTS) return invalid(res, `Invalid 'input': array too long. Expected an array with maximum length ${EMBEDDING_REQUEST_INPUTS}, but got an array with length ${input.length} instead.`, "input", "array_above_max_length");
    const counts = input.map(embeddingTokens);
    const longest = Math.max(...counts);
    if (longest > EMBEDDING_INPUT_TOKENS) {
      return invalid(res, `This model's maximum context length is ${EMBEDDING_INPUT_TOKENS} tokens, however you requested ${longest} tokens (${longest} in your prompt; 0 for the completion). Please reduce your prompt; or completion length.`);
    }
    const tokens = counts.reduce((sum, n) => sum + n, 0);
    if (tokens > EMBEDDING_REQUEST_TOKENS) return invalid(res, `Requested ${tokens} tokens, max ${EMBEDDING_REQUEST_TOKENS} tokens per request`, null, "max_tokens_per_request");
    if (body.dimensions !== undefined && !model.shortenable) return invalid(res, "This model does not support specifying dimensions.", "dimensions");
    const dimensions = body.dimensions === undefined ? model.dimensions : Number(body.dimensions);
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > model.dimensions) {
      return invalid(res, `Invalid 'dimensions': must be between 1 and ${model.dimensions} for ${String(body.model)}.`, "dimensions");
    }
    const behaviour = embeddingQueue.shift();
    if (behaviour?.kind === "hang") return;
    if (behaviour?.kind === "error") return sendError(res, behaviour);
    if (behaviour?.kind === "insufficient_quota") return send(res, 429, { error: INSUFFICIENT_QUOTA });
    // Lexical vectors padded to the model's width: similar texts stay close, so retrieval tests mean something.
    const vectors = input.map((text) => [...hashEmbedding(Array.isArray(text) ? text.join(" ") : text), ...new Array(Math.max(0, dimensions - 512)).fill(0)].slice(0, dimensions));
    const encode = (v: number[]) => (body.encoding_format === "base64" ? Buffer.from(new Float32Array(v).buffer).toString("base64") : v);
    send(res, 200, {
      object: "list",
      data: vectors.map((v, index) => ({ object: "embedding", index, embedding: encode(v) })),
      model: String(body.model),
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0]!;
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
      } catch {
        return send(res, 400, { error: { message: "We could not parse the JSON body of your request.", type: "invalid_request_error", param: null, code: null } });
      }
      requests.push({ path, authorization: req.headers.authorization, body });
      if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
        return send(res, 401, { error: { message: "Incorrect API key provided.", type: "invalid_request_error", param: null, code: "invalid_api_key" } });
      }
      if (req.method === "POST" && path === "/v1/chat/completions") return chat(res, body);
      if (req.method === "POST" && path === "/v1/embeddings") return embeddings(res, body);
      send(res, 404, { error: { message: `Unknown request URL: ${req.method} ${path}.`, type: "invalid_request_error", param: null, code: "unknown_url" } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    scriptChat: (...b) => void chatQueue.push(...b),
    scriptEmbeddings: (...b) => void embeddingQueue.push(...b),
    respondWith: (fn) => void (responder = fn),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
