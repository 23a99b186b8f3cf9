import { createHmac } from "node:crypto";

/** The SDK signs with the key's secret part only (the `signkey-<env>-` prefix stripped). */
function secretOf(signingKey: string): string {
  return signingKey.replace(/^signkey-[\w]+-/, "");
}

/**
 * `X-Inngest-Signature: t=<unix seconds>&s=<hex>` where s is
 * HMAC-SHA256(secret, canonicalBody + t), the scheme serve() verifies.
 */
export function signRequestBody(canonicalBody: string, signingKey: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000).toString();
  const s = createHmac("sha256", secretOf(signingKey)).update(canonicalBody + t).digest("hex");
  return `t=${t}&s=${s}`;
}
