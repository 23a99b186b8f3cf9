import { cookies } from "next/headers";
import type { UserSession } from "@/generated/prisma/client";
import { SESSION_COOKIE, useSecureCookies } from "./auth-secret";
import { decodeSessionToken, encodeSessionToken } from "./session-token";
import { sessionMaxAgeSeconds } from "./user-session";

/** The same attributes Auth.js gives its session cookie. */
export function sessionCookieOptions(maxAge: number) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: useSecureCookies, maxAge };
}

export interface CookieWriter {
  set(name: string, value: string, options: ReturnType<typeof sessionCookieOptions>): unknown;
}

/** Writes the session cookie for a UserSession row onto a response's or the request's cookie store. */
export async function writeSessionCookie(store: CookieWriter, session: UserSession): Promise<void> {
  const maxAge = sessionMaxAgeSeconds(session);
  store.set(SESSION_COOKIE, await encodeSessionToken(session.id, maxAge), sessionCookieOptions(maxAge));
}

export function clearSessionCookieOn(store: CookieWriter): void {
  store.set(SESSION_COOKIE, "", sessionCookieOptions(0));
}

/** In a server action or route handler: sign this browser in as the session. */
export async function setSessionCookie(session: UserSession): Promise<void> {
  await writeSessionCookie(await cookies(), session);
}

export async function clearSessionCookie(): Promise<void> {
  clearSessionCookieOn(await cookies());
}

/** The session id from the incoming request's cookie (server components, actions). */
export async function sessionIdFromCookies(): Promise<string | null> {
  return decodeSessionToken((await cookies()).get(SESSION_COOKIE)?.value);
}
