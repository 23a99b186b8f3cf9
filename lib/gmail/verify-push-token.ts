import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";

const GOOGLE_CERTS = "https://www.googleapis.com/oauth2/v3/certs";
const GOOGLE_ISSUERS = ["https://accounts.google.com", "accounts.google.com"];

// One key set per URL, kept for the process: jose caches the fetched keys and
// refetches only for an unknown kid (with a cooldown), so verifying a push is
// a local RSA signature check, not a network call.
const keySets = new Map<string, JWTVerifyGetKey>();

function keySet(url: string): JWTVerifyGetKey {
  let set = keySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url), { cacheMaxAge: 6 * 3600_000, cooldownDuration: 30_000, timeoutDuration: 5_000 });
    keySets.set(url, set);
  }
  return set;
}

/**
 * Verifies the OIDC token Pub/Sub attaches to a push (`Authorization: Bearer`):
 * Google's signature (or GMAIL_PUSH_JWKS_URL's), issuer and expiry -> else 401;
 * audience GMAIL_PUSH_AUDIENCE and a verified email equal to
 * GMAIL_PUSH_SERVICE_ACCOUNT -> else 403.
 */
export async function verifyPushToken(authorization: string | null): Promise<void> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!token) throw new AppError("unauthorized", "A Pub/Sub OIDC token (Authorization: Bearer) is required.");
  const audience = env.GMAIL_PUSH_AUDIENCE;
  const account = env.GMAIL_PUSH_SERVICE_ACCOUNT;
  if (!audience || !account) throw new AppError("forbidden", "Gmail push is not configured on this server (GMAIL_PUSH_AUDIENCE, GMAIL_PUSH_SERVICE_ACCOUNT).");
  let payload;
  try {
    ({ payload } = await jwtVerify(token, keySet(env.GMAIL_PUSH_JWKS_URL ?? GOOGLE_CERTS), { issuer: GOOGLE_ISSUERS, algorithms: ["RS256"], clockTolerance: 30 }));
  } catch {
    throw new AppError("unauthorized", "The push token is invalid or expired.");
  }
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.includes(audience)) throw new AppError("forbidden", "The push token is for another audience.");
  if (payload.email !== account || payload.email_verified !== true) throw new AppError("forbidden", "The push was not sent by the configured service account.");
}
