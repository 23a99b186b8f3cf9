import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { lookup } from "node:dns";
import { isIP } from "node:net";
import { env } from "@/lib/env";
import { isPrivateAddress } from "@/lib/sso/issuer-url-policy";
import { SIGNATURE_HEADER, signWebhook } from "./sign-webhook";

export class WebhookError extends Error {
  constructor(
    message: string,
    /** Worth retrying (timeouts, 5xx, 429), as opposed to a refused target or a 4xx. */
    public readonly retryable: boolean,
  ) {
    super(message);
    this.name = "WebhookError";
  }
}

export interface PostWebhookOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
}

/**
 * Resolves the host and refuses private addresses in the same lookup the
 * socket connects with, so the address checked is the address used (no DNS
 * rebinding between a check and the request).
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as unknown as { address: string; family: number }[];
      const refused = !allowPrivate && (list.length === 0 || list.some((a) => isPrivateAddress(a.address)));
      if (refused) return callback(new WebhookError(`${hostname} resolves to a private or local address; webhooks go to public addresses only.`, false), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** POSTs a JSON body signed with the rule's secret; no redirects followed; resolves with the HTTP status. */
export async function postWebhook(url: string, payload: unknown, secret: string, options: PostWebhookOptions = {}): Promise<number> {
  const allowPrivate = options.allowPrivate ?? env.AUTOMATIONS_WEBHOOK_ALLOW_PRIVATE;
  const timeoutMs = options.timeoutMs ?? env.AUTOMATIONS_WEBHOOK_TIMEOUT_MS;
  const target = new URL(url);
  if (target.protocol !== "https:" && !(allowPrivate && target.protocol === "http:")) throw new WebhookError("Webhook URLs must use https://.", false);
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !allowPrivate && isPrivateAddress(host)) throw new WebhookError(`${host} is a private or local address; webhooks go to public addresses only.`, false);
  const body = JSON.stringify(payload);
  const client = target.protocol === "https:" ? https : http;
  return new Promise<number>((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: "POST",
        lookup: guardedLookup(allowPrivate),
        timeout: timeoutMs,
        headers: { "content-type": "application/json", "user-agent": "Fikiri-Webhooks/1", [SIGNATURE_HEADER]: signWebhook(secret, body), "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve(status);
        else reject(new WebhookError(`The webhook answered HTTP ${status}.`, status >= 500 || status === 429));
      },
    );
    req.on("timeout", () => req.destroy(new WebhookError(`The webhook did not answer within ${timeoutMs} ms.`, true)));
    req.on("error", (error) => reject(error instanceof WebhookError ? error : new WebhookError(`Could not reach the webhook: ${error.message}`, true)));
    req.end(body);
  });
}
