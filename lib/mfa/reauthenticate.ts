import { z } from "@/lib/validation/zod";
import type { UserSession } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { verifyPassword } from "@/lib/auth/hash-password";
import { assertMfaAttemptAllowed } from "./mfa-throttle";
import { verifyTotpOnce } from "./totp";
import { userTotpSecret } from "./user-totp-secret";

export const REAUTH_MAX_AGE_MS = 10 * 60_000;

export const reauthSchema = z.union([z.object({ password: z.string().min(1).max(256) }), z.object({ code: z.string().trim().min(6).max(10) })]);

export function hasRecentReauth(session: Pick<UserSession, "reauthAt">, now = Date.now()): boolean {
  return session.reauthAt !== null && now - session.reauthAt.getTime() <= REAUTH_MAX_AGE_MS;
}

/** Sensitive changes need the password or a code proven in the last 10 minutes. */
export function requireRecentReauth(session: Pick<UserSession, "reauthAt">): void {
  if (!hasRecentReauth(session)) {
    throw new AppError("forbidden", "Confirm it is you: enter your password or an authenticator code first.", { reason: "reauth_required" });
  }
}

/** Proves the user again (password or current TOTP code) and records it on the session. */
export async function reauthenticate(userId: string, sessionId: string, proof: z.infer<typeof reauthSchema>): Promise<void> {
  await assertMfaAttemptAllowed(userId);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  let ok = false;
  if ("password" in proof) ok = Boolean(user.passwordHash) && (await verifyPassword(user.passwordHash!, proof.password));
  else {
    const secret = user.mfaEnabledAt ? userTotpSecret(user) : null;
    ok = Boolean(secret) && (await verifyTotpOnce(userId, secret!, proof.code));
  }
  if (!ok) throw new AppError("validation_failed", "That did not match. Try again.", [{ path: "password" in proof ? "password" : "code", message: "Did not match." }]);
  await prisma.userSession.update({ where: { id: sessionId }, data: { reauthAt: new Date() } });
}
