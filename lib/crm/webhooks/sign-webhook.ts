import { createHmac, randomBytes } from "node:crypto";

/** A new signing secret in the Standard Webhooks format: whsec_ + base64 of 24 random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/**
 * Standard Webhooks signature headers: webhook-id, webhook-timestamp and
 * webhook-signature = "v1," + base64(HMAC-SHA256(secret, id.timestamp.body)),
 * so receivers can verify with any Standard Webhooks library.
 */
export function signWebhook(secret: string, id: string, body: string, now = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000).toString();
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
}
