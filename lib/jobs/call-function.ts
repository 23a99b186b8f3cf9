import { createHash } from "node:crypto";
import { z } from "@/lib/validation/zod";
import type { JobTransport } from "./job-transport";
import { signedRequest } from "./signed-request";

/** One op from a 206 response (`StepOpCode` in the SDK's types). */
export const stepOpSchema = z.looseObject({
  id: z.string(),
  op: z.string(),
  name: z.string().optional(),
  displayName: z.string().optional(),
  data: z.unknown().optional(),
  error: z.unknown().optional(),
  opts: z.record(z.string(), z.unknown()).nullish(),
});

export type StepOp = z.output<typeof stepOpSchema>;

export type CallOutcome =
  | { kind: "completed"; output: unknown }
  | { kind: "ops"; ops: StepOp[]; retryAfter: string | null }
  | { kind: "error"; error: unknown; retriable: boolean; retryAfter: string | null };

export interface CallRequest {
  event: unknown;
  steps: Record<string, { data: unknown } | { error: unknown }>;
  runId: string;
  attempt: number;
  maxAttempts: number;
  stack: string[];
  /** "step" to let the SDK discover and run the next step, or a hashed step id to run that one. */
  stepId: string;
}

/**
 * Inngest sends its internal id of the function (a UUID) as `ctx.fn_id`; the
 * SDK picks its step mode from it (checkpointing needs one). A stable UUID-shaped
 * hash of the app's function id plays that part here.
 */
export function internalFunctionId(fnId: string): string {
  const h = createHash("sha256").update(fnId).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/**
 * One execution request to serve(), as an Inngest server sends it
 * (`POST ?fnId=<app>-<fn>&stepId=<step>`, protocol version 2), and its answer:
 * 200 = the function returned, 206 = step ops, anything else = an error,
 * retriable unless `X-Inngest-No-Retry: true` or 400.
 */
export async function callFunction(options: { transport: JobTransport; serveUrl: URL; signingKey: string; fnId: string; request: CallRequest }): Promise<CallOutcome> {
  const { request } = options;
  const url = new URL(options.serveUrl);
  url.searchParams.set("fnId", options.fnId);
  url.searchParams.set("stepId", request.stepId);
  const body = {
    event: request.event,
    events: [request.event],
    steps: request.steps,
    ctx: {
      run_id: request.runId,
      fn_id: internalFunctionId(options.fnId),
      // The server's queue item for this request; the SDK needs it (with fn_id) to checkpoint.
      qi_id: `${request.runId}:${request.stepId}:${request.attempt}`,
      attempt: request.attempt,
      max_attempts: request.maxAttempts,
      disable_immediate_execution: false,
      use_api: false,
      stack: { stack: request.stack, current: request.stack.length },
    },
    version: 2,
  };
  let response: Response;
  try {
    response = await options.transport(
      signedRequest({ url, method: "POST", body, signingKey: options.signingKey, headers: { "x-run-id": request.runId, "x-inngest-req-version": "2" } }),
    );
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { kind: "error", error: { name: e.name, message: `Could not reach ${options.serveUrl.href}: ${e.message}` }, retriable: true, retryAfter: null };
  }
  const payload = parseJson(await response.text());
  const retryAfter = response.headers.get("retry-after");
  if (response.status === 200) return { kind: "completed", output: payload };
  if (response.status === 206) {
    const ops = z.array(stepOpSchema).safeParse(payload);
    if (ops.success) return { kind: "ops", ops: ops.data, retryAfter };
    return { kind: "error", error: { name: "ProtocolError", message: "serve() answered 206 without step ops", body: payload }, retriable: true, retryAfter: null };
  }
  const noRetry = response.headers.get("x-inngest-no-retry") === "true" || response.status === 400;
  return { kind: "error", error: payload ?? { message: `HTTP ${response.status}` }, retriable: !noRetry, retryAfter };
}
