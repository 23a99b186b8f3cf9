import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from "jose";

/**
 * The sandbox's own RSA signing key: it signs Pub/Sub push OIDC tokens and
 * OAuth id_tokens, and is published as a JWKS (the app verifies against it
 * through GMAIL_PUSH_JWKS_URL, as it would against Google's certs).
 */
export interface SandboxKeys {
  kid: string;
  jwks: { keys: JWK[] };
  sign(claims: JWTPayload, options?: { expiresInSeconds?: number; issuedAt?: number }): Promise<string>;
}

export async function createSandboxKeys(): Promise<SandboxKeys> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = randomUUID().replace(/-/g, "").slice(0, 40);
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return {
    kid,
    jwks: { keys: [jwk] },
    async sign(claims, options = {}) {
      const iat = options.issuedAt ?? Math.floor(Date.now() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
        .setIssuedAt(iat)
        .setExpirationTime(iat + (options.expiresInSeconds ?? 3600))
        .sign(privateKey);
    },
  };
}
