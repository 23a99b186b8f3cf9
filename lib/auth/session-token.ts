import { decode, encode } from "next-auth/jwt";
import { authSecret, SESSION_COOKIE } from "./auth-secret";

/**
 * The session JWT (Auth.js's encrypted format) carries only the UserSession
 * row id; everything else is read from that row on each request.
 */
export async function encodeSessionToken(sessionId: string, maxAgeSeconds: number): Promise<string> {
  return encode({ token: { sid: sessionId }, secret: authSecret(), salt: SESSION_COOKIE, maxAge: maxAgeSeconds });
}

/** The session id in a cookie value, or null when it is missing, tampered with or expired. */
export async function decodeSessionToken(value: string | undefined | null): Promise<string | null> {
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: authSecret(), salt: SESSION_COOKIE });
    return typeof token?.sid === "string" ? token.sid : null;
  } catch {
    return null;
  }
}
