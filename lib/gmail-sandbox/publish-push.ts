import type { SandboxKeys } from "./sandbox-keys";

/**
 * Pub/Sub push deliveries as Google sends them for Gmail watches: the body of
 * a push subscription's request (data is base64
 * JSON with historyId as a JSON number) and `Authorization: Bearer <OIDC JWT>`
 * signed for the subscription's audience and service account.
 */
export interface PushTarget {
  url?: string;
  audience: string;
  serviceAccountEmail: string;
  subscription: string;
}

export interface PubSubPushBody {
  message: { data: string; messageId: string; message_id: string; publishTime: string; publish_time: string; attributes?: Record<string, string> };
  subscription: string;
}

export interface SandboxPush {
  pubsubMessageId: string;
  emailAddress: string;
  historyId: number;
  body: PubSubPushBody;
  token: string;
}

export const PUSH_ISSUER = "https://accounts.google.com";

/** Claims of a Pub/Sub push OIDC token; overrides let tests forge bad ones. */
export function pushTokenClaims(target: Pick<PushTarget, "audience" | "serviceAccountEmail">, overrides: Record<string, unknown> = {}) {
  return { iss: PUSH_ISSUER, aud: target.audience, azp: "109876543210987654321", sub: "109876543210987654321", email: target.serviceAccountEmail, email_verified: true, ...overrides };
}

export async function buildPush(keys: SandboxKeys, target: PushTarget, emailAddress: string, historyId: number, pubsubMessageId: string, now: number): Promise<SandboxPush> {
  const publishTime = new Date(now).toISOString();
  const data = Buffer.from(JSON.stringify({ emailAddress, historyId })).toString("base64");
  return {
    pubsubMessageId,
    emailAddress,
    historyId,
    body: { message: { data, messageId: pubsubMessageId, message_id: pubsubMessageId, publishTime, publish_time: publishTime }, subscription: target.subscription },
    token: await keys.sign(pushTokenClaims(target), { issuedAt: Math.floor(now / 1000) }),
  };
}

/** POSTs a push like Pub/Sub: any non-2xx or network error is retried with backoff, then dropped. */
export async function deliverPush(url: string, push: SandboxPush, attempts = 5, backoffMs = 200): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${push.token}`, "user-agent": "APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)", from: "noreply@google.com" },
        body: JSON.stringify(push.body),
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      if (res.ok) return true;
    } catch {
      // Unreachable or slow endpoint: Pub/Sub keeps the message and retries.
    }
    await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** attempt));
  }
  return false;
}
