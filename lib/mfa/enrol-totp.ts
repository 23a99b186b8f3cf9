import QRCode from "qrcode";
import type { UserSession } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { encryptSecret } from "@/lib/security/encrypt-secret";
import { rotateSession } from "@/lib/auth/revoke-sessions";
import type { Origin } from "@/lib/auth/request-origin";
import { assertMfaAttemptAllowed } from "./mfa-throttle";
import { replaceRecoveryCodes } from "./recovery-codes";
import { createTotpSecret, totpFor, verifyTotpOnce } from "./totp";
import { userTotpSecret } from "./user-totp-secret";

export interface TotpEnrolment {
  /** For typing into an authenticator app by hand. */
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}

/**
 * Starts (or restarts) enrolment: a new secret is stored encrypted but MFA
 * stays off until a code from it is confirmed.
 */
export async function startTotpEnrolment(userId: string): Promise<TotpEnrolment> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.mfaEnabledAt) throw new AppError("conflict", "Two-factor authentication is already on. Turn it off first to use a new authenticator.");
  const secret = createTotpSecret();
  await prisma.user.update({ where: { id: userId }, data: { totpSecretEnc: encryptSecret(secret) } });
  const otpauthUrl = totpFor(secret, user.email).toString();
  return { secret, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 }) };
}

/** Confirms enrolment with a code: MFA turns on, recovery codes are issued (shown once) and the session rotated. */
export async function confirmTotpEnrolment(userId: string, sessionId: string, code: string, origin: Origin): Promise<{ recoveryCodes: string[]; session: UserSession }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.mfaEnabledAt) throw new AppError("conflict", "Two-factor authentication is already on.");
  const secret = userTotpSecret(user);
  if (!secret) throw new AppError("bad_request", "Start setting up your authenticator first.");
  await assertMfaAttemptAllowed(userId);
  if (!(await verifyTotpOnce(userId, secret, code))) {
    throw new AppError("validation_failed", "That code is not right. Check your authenticator app and try again.", [{ path: "code", message: "Wrong code." }]);
  }
  const recoveryCodes = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { mfaEnabledAt: new Date() } });
    return replaceRecoveryCodes(userId, tx);
  });
  const session = await rotateSession(sessionId, { mfaVerified: true, reauthenticated: true });
  await recordAudit({ actor: { userId, ...origin }, action: "mfa.enabled", target: { type: "user", id: userId }, after: { method: "totp" } });
  return { recoveryCodes, session };
}
