import { z } from "@/lib/validation/zod";
import type { UserSession } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { rotateSession } from "@/lib/auth/revoke-sessions";
import type { Origin } from "@/lib/auth/request-origin";
import { assertMfaAttemptAllowed } from "./mfa-throttle";
import { consumeRecoveryCode, remainingRecoveryCodes } from "./recovery-codes";
import { verifyTotpOnce } from "./totp";
import { userTotpSecret } from "./user-totp-secret";

export const mfaChallengeSchema = z.union([
  z.object({ code: z.string().trim().min(6, "Enter the 6-digit code.").max(10) }),
  z.object({ recoveryCode: z.string().trim().min(12, "Enter a recovery code.").max(20) }),
]);
export type MfaChallengeInput = z.infer<typeof mfaChallengeSchema>;

/**
 * Completes sign-in for a session waiting for its second factor: a TOTP code
 * (once) or a recovery code (once). The session is rotated to a verified one.
 */
export async function verifyMfaChallenge(session: UserSession, input: MfaChallengeInput, origin: Origin): Promise<{ session: UserSession; recoveryCodesLeft?: number }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: session.userId } });
  if (!user.mfaEnabledAt) throw new AppError("bad_request", "Two-factor authentication is not on for this account.");
  await assertMfaAttemptAllowed(user.id);
  if ("code" in input) {
    const secret = userTotpSecret(user);
    if (!secret || !(await verifyTotpOnce(user.id, secret, input.code))) {
      await recordAudit({ actor: { userId: user.id, ...origin }, action: "auth.sign_in_failed", after: { reason: "bad_totp" } });
      throw new AppError("validation_failed", "That code is not right, or was already used. Wait for a new one and try again.", [{ path: "code", message: "Wrong code." }]);
    }
    return { session: await rotateSession(session.id, { mfaVerified: true, reauthenticated: true }) };
  }
  if (!(await consumeRecoveryCode(user.id, input.recoveryCode))) {
    await recordAudit({ actor: { userId: user.id, ...origin }, action: "auth.sign_in_failed", after: { reason: "bad_recovery_code" } });
    throw new AppError("validation_failed", "That recovery code is not right, or was already used.", [{ path: "recoveryCode", message: "Wrong code." }]);
  }
  const recoveryCodesLeft = await remainingRecoveryCodes(user.id);
  await recordAudit({ actor: { userId: user.id, ...origin }, action: "mfa.recovery_code_used", target: { type: "user", id: user.id }, after: { remaining: recoveryCodesLeft } });
  return { session: await rotateSession(session.id, { mfaVerified: true, reauthenticated: true }), recoveryCodesLeft };
}
