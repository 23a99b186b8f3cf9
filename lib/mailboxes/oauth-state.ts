import { createHash, hkdfSync, randomBytes } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import { authSecret } from "@/lib/auth/auth-secret";
import { AppError } from "@/lib/http/app-error";
import { oauthStateClaimsSchema } from "./mailbox-schemas";

/** How long a Connect Gmail round trip (consent screen included) may take. */
export const OAUTH_STATE_TTL_SECONDS = 10 * 60;

/** Cookie holding this browser's nonce; only sent to the callback path. */
export const OAUTH_NONCE_COOKIE = "fikiri_gmail_connect";

function stateKey(): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", authSecret(), "fikiri", "gmail-connect-state", 32));
}

/** SHA-256 of the nonce, base64url: also the PKCE S256 challenge (the nonce is the code verifier). */
export function nonceHash(nonce: string): string {
  return createHash("sha256").update(nonce).digest("base64url");
}

/**
 * The `state` of a Connect Gmail round trip: encrypted and authenticated
 * (JWE, key derived from AUTH_SECRET), so it cannot be read or forged; it
 * names the user and workspace and is bound to a nonce kept in the starting
 * browser's cookie, so a callback forged by another site (CSRF) or replayed
 * in another browser is refused.
 */
export async function createOAuthState(input: { userId: string; workspaceId: string }, now = new Date()): Promise<{ state: string; nonce: string }> {
  const nonce = randomBytes(32).toString("base64url");
  const issuedAt = Math.floor(now.getTime() / 1000);
  const state = await new EncryptJWT({ uid: input.userId, wid: input.workspaceId, nh: nonceHash(nonce) })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + OAUTH_STATE_TTL_SECONDS)
    .encrypt(stateKey());
  return { state, nonce };
}

const invalid = (why: string) =>
  new AppError("bad_request", "This Gmail connection link is invalid or has expired. Start again from Settings → Mailboxes.", { reason: "invalid_state", why });

/** The workspace the round trip was started for, once the state, the browser's nonce and the signed-in user all match. */
export async function verifyOAuthState(
  state: string,
  check: { nonce: string | null | undefined; userId: string },
  now = new Date(),
): Promise<{ userId: string; workspaceId: string }> {
  let payload: unknown;
  try {
    ({ payload } = await jwtDecrypt(state, stateKey(), { currentDate: now, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256GCM"] }));
  } catch (error) {
    throw invalid((error as { code?: string }).code === "ERR_JWT_EXPIRED" ? "expired" : "unreadable");
  }
  const claims = oauthStateClaimsSchema.safeParse(payload);
  if (!claims.success) throw invalid("malformed");
  if (!check.nonce || nonceHash(check.nonce) !== claims.data.nh) throw invalid("other_browser");
  if (claims.data.uid !== check.userId) throw invalid("other_user");
  return { userId: claims.data.uid, workspaceId: claims.data.wid };
}
