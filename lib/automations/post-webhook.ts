import { env } from "@/lib/env";
import { categoryForStatus, OutboundError, toOutboundError, type OutboundCategory } from "@/lib/security/outbound/outbound-error";
import { safeFetch } from "@/lib/security/outbound/safe-fetch";
import { SIGNATURE_HEADER, signWebhook } from "./sign-webhook";

/** Answers larger than this are not read: a receiver only needs to say 2xx. */
const MAX_ANSWER_BYTES = 64 * 1024;

export class WebhookError extends Error {
  constructor(
    /** Short fixed word (timeout, http_5xx, refused_by_guard, ...): all the action log keeps. */
    public readonly category: OutboundCategory | "https_required",
    /** Worth retrying (timeouts, 5xx, dropped connections), as opposed to a refused target, a redirect or a 4xx. */
    public readonly retryable: boolean,
    public readonly status?: number,
  ) {
    super(status ? `Webhook failed: HTTP ${status} (${category}).` : `Webhook failed: ${category}.`);
    this.name = "WebhookError";
  }
}

export interface PostWebhookOptions {
  /** Tests and local development only; defaults to OUTBOUND_ALLOW_PRIVATE. */
  allowPrivate?: boolean;
  timeoutMs?: number;
}

/**
 * POSTs a JSON body signed with the rule's secret through the outbound guard (public
 * addresses only, address pinned, no redirects, size and time limits); resolves with the 2xx
 * status. https only, except towards private targets when those are allowed (local receivers).
 * Failures throw a WebhookError whose message carries only the status and a category.
 */
export async function postWebhook(url: string, payload: unknown, secret: string, options: PostWebhookOptions = {}): Promise<number> {
  const allowPrivate = options.allowPrivate ?? env.OUTBOUND_ALLOW_PRIVATE;
  if (!url.startsWith("https://") && !(allowPrivate && url.startsWith("http://"))) throw new WebhookError("https_required", false);
  const body = JSON.stringify(payload);
  let status: number;
  try {
    const res = await safeFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Fikiri-Webhooks/1", [SIGNATURE_HEADER]: signWebhook(secret, body) },
      body,
      allowPrivate,
      timeoutMs: options.timeoutMs ?? env.AUTOMATIONS_WEBHOOK_TIMEOUT_MS,
      maxBytes: MAX_ANSWER_BYTES,
    });
    status = res.status;
  } catch (error) {
    const failure: OutboundError = toOutboundError(error);
    throw new WebhookError(failure.category, failure.retryable);
  }
  const category = categoryForStatus(status);
  if (category) throw new WebhookError(category, status >= 500 || status === 429, status);
  return status;
}
