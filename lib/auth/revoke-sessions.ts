import type { UserSession } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { MFA_PENDING_TTL_MS, SESSION_TTL_MS } from "./user-session";

/** Revokes one of the user's sessions; false when it is not theirs or already ended. */
export async function revokeSession(userId: string, sessionId: string, now = new Date()): Promise<boolean> {
  const { count } = await prisma.userSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: now } });
  return count === 1;
}

/**
 * Signs the user out everywhere (optionally keeping one session). Use it when
 * a change must end every other browser: password reset, account takeover.
 */
export async function revokeUserSessions(userId: string, options: { exceptSessionId?: string } = {}, now = new Date()): Promise<number> {
  const { count } = await prisma.userSession.updateMany({
    where: { userId, revokedAt: null, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}

export interface RotateOptions {
  /** The second factor was just proven: the new session is fully verified. */
  mfaVerified?: boolean;
  /** The password or second factor was just proven. */
  reauthenticated?: boolean;
}

/**
 * Replaces a session with a fresh row (new id, so a new JWT) and revokes the
 * old one, in one transaction. Call on every privilege change (password, MFA,
 * role) so a stolen older token stops working. The caller sets the new cookie
 * (setSessionCookie in a server action or route).
 */
export async function rotateSession(sessionId: string, options: RotateOptions = {}, now = new Date()): Promise<UserSession> {
  return prisma.$transaction(async (tx) => {
    const old = await tx.userSession.findUnique({ where: { id: sessionId } });
    if (!old || old.revokedAt || old.expiresAt <= now) throw new Error("cannot rotate an ended session");
    const { count } = await tx.userSession.updateMany({ where: { id: old.id, revokedAt: null }, data: { revokedAt: now } });
    if (count !== 1) throw new Error("session was revoked concurrently");
    const mfaVerifiedAt = options.mfaVerified ? now : old.mfaVerifiedAt;
    return tx.userSession.create({
      data: {
        userId: old.userId,
        method: old.method,
        ip: old.ip,
        userAgent: old.userAgent,
        mfaVerifiedAt,
        reauthAt: options.reauthenticated ? now : old.reauthAt,
        lastSeenAt: now,
        // A short-lived session waiting for its second factor gets the full lifetime once verified.
        expiresAt: options.mfaVerified && isPendingLifetime(old) ? new Date(now.getTime() + SESSION_TTL_MS) : old.expiresAt,
      },
    });
  });
}

function isPendingLifetime(session: UserSession): boolean {
  return session.expiresAt.getTime() - session.createdAt.getTime() <= MFA_PENDING_TTL_MS;
}
