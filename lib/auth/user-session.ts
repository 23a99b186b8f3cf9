import type { User, UserSession } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";

/** A signed-in browser stays signed in for 30 days (absolute). */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;
/** A session waiting for its second factor lives only this long. */
export const MFA_PENDING_TTL_MS = 15 * 60_000;
const TOUCH_EVERY_MS = 60_000;

export interface NewSession {
  userId: string;
  /** password, google, microsoft-entra-id, sso */
  method: string;
  ip?: string | null;
  userAgent?: string | null;
  /** True when the first factor was just proven by the user (password), so it counts as re-authentication. */
  reauthenticated?: boolean;
  /** The user has MFA on: until it is proven the session is short-lived and gated. */
  mfaRequired: boolean;
  /** A second factor was proven while signing in. */
  mfaVerified?: boolean;
}

export async function createUserSession(input: NewSession, now = new Date()): Promise<UserSession> {
  return prisma.userSession.create({
    data: {
      userId: input.userId,
      method: input.method,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 512) ?? null,
      mfaVerifiedAt: input.mfaVerified ? now : null,
      reauthAt: input.reauthenticated ? now : null,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + (input.mfaRequired && !input.mfaVerified ? MFA_PENDING_TTL_MS : SESSION_TTL_MS)),
    },
  });
}

export type ValidSession = UserSession & { user: User };

/** True when the user has MFA on and this session has not proven it yet. */
export function isMfaPending(session: ValidSession): boolean {
  return session.user.mfaEnabledAt !== null && session.mfaVerifiedAt === null;
}

/**
 * Loads a session row and checks it is live (not revoked, not expired);
 * records activity at most once a minute. Null means "signed out".
 */
export async function validateUserSession(sessionId: string | null | undefined, now = new Date()): Promise<ValidSession | null> {
  if (!sessionId) return null;
  const session = await prisma.userSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await prisma.userSession.updateMany({
      where: { id: session.id, lastSeenAt: { lt: new Date(now.getTime() - TOUCH_EVERY_MS) } },
      data: { lastSeenAt: now },
    });
    session.lastSeenAt = now;
  }
  return session;
}

/** Seconds until the session row expires, for the cookie's and JWT's max age. */
export function sessionMaxAgeSeconds(session: Pick<UserSession, "expiresAt">, now = new Date()): number {
  return Math.max(1, Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000));
}
