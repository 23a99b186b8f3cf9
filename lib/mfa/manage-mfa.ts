import type { UserSession } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { rotateSession } from "@/lib/auth/revoke-sessions";
import type { Origin } from "@/lib/auth/request-origin";
import { replaceRecoveryCodes } from "./recovery-codes";
import { requireRecentReauth } from "./reauthenticate";

/** Turns MFA off (after recent re-authentication): secret and recovery codes are deleted, the session rotated. */
export async function disableMfa(session: UserSession, origin: Origin): Promise<UserSession> {
  requireRecentReauth(session);
  await prisma.$transaction([
    prisma.user.update({ where: { id: session.userId }, data: { totpSecretEnc: null, mfaEnabledAt: null } }),
    prisma.recoveryCode.deleteMany({ where: { userId: session.userId } }),
  ]);
  const rotated = await rotateSession(session.id);
  await recordAudit({ actor: { userId: session.userId, ...origin }, action: "mfa.disabled", target: { type: "user", id: session.userId } });
  return rotated;
}

/** New recovery codes (after recent re-authentication); the old ones stop working. */
export async function regenerateRecoveryCodes(session: UserSession, origin: Origin): Promise<string[]> {
  requireRecentReauth(session);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: session.userId } });
  if (!user.mfaEnabledAt) throw new AppError("bad_request", "Turn on two-factor authentication first.");
  const codes = await prisma.$transaction((tx) => replaceRecoveryCodes(user.id, tx));
  await recordAudit({ actor: { userId: user.id, ...origin }, action: "mfa.recovery_codes_regenerated", target: { type: "user", id: user.id } });
  return codes;
}
