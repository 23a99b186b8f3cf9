import { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "./hash-password";
import { passwordProblem } from "./password-rules";
import type { Origin } from "./request-origin";
import { revokeUserSessions, rotateSession } from "./revoke-sessions";

export const changePasswordSchema = z.object({
  currentPassword: z.string().max(256).optional(),
  newPassword: z.string().max(256),
});

/**
 * Changes (or, for OAuth-only users, sets) the password: the current one is
 * required when there is one. Other sessions are signed out and this one rotated.
 */
export async function changePassword(userId: string, sessionId: string, input: z.infer<typeof changePasswordSchema>, origin: Origin) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword ?? ""))) {
    throw new AppError("validation_failed", "Your current password is incorrect.", [{ path: "currentPassword", message: "Your current password is incorrect." }]);
  }
  const problem = await passwordProblem(input.newPassword, user.email, user.name);
  if (problem) throw new AppError("validation_failed", problem, [{ path: "newPassword", message: problem }]);
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.newPassword), passwordChangedAt: new Date() } });
  await revokeUserSessions(userId, { exceptSessionId: sessionId });
  const session = await rotateSession(sessionId, { reauthenticated: true });
  await recordAudit({ actor: { userId, ...origin }, action: "auth.password_changed", target: { type: "user", id: userId } });
  return session;
}
