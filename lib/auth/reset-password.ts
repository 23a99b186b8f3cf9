import { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email/send-email";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { consumeAuthToken, issueAuthToken, peekAuthToken } from "./auth-tokens";
import { hashPassword } from "./hash-password";
import { emailSchema, passwordProblem } from "./password-rules";
import type { Origin } from "./request-origin";
import { revokeUserSessions } from "./revoke-sessions";

export const forgotPasswordSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ token: z.string().min(10).max(200), password: z.string().max(256) });

/**
 * Emails a reset link when the account exists. The caller answers the same
 * either way, so the form does not reveal which addresses have accounts.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) return;
  const token = await issueAuthToken(user.id, "RESET_PASSWORD");
  const link = `${env.APP_URL}/reset-password?token=${encodeURIComponent(token)}`;
  await sendEmail({
    to: user.email,
    subject: "Reset your Fikiri password",
    text: `Choose a new password by opening this link (valid for 1 hour, once):\n\n${link}\n\nIf you did not ask for this, ignore this email: your password stays the same.`,
  });
}

/** Sets a new password from an emailed link; every existing session is signed out. */
export async function resetPassword(input: z.infer<typeof resetPasswordSchema>, origin: Origin): Promise<{ userId: string }> {
  const pending = await peekAuthToken(input.token, "RESET_PASSWORD");
  if (!pending) throw new AppError("bad_request", "This link is invalid, expired or was already used. Request a new one.");
  const user = await prisma.user.findUniqueOrThrow({ where: { id: pending.userId } });
  const problem = await passwordProblem(input.password, user.email, user.name);
  if (problem) throw new AppError("validation_failed", problem, [{ path: "password", message: problem }]);
  const { userId } = await consumeAuthToken(input.token, "RESET_PASSWORD");
  const now = new Date();
  // Proving control of the mailbox also verifies it.
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.password), passwordChangedAt: now, emailVerified: user.emailVerified ?? now } });
  await revokeUserSessions(userId);
  await recordAudit({ actor: { userId, ...origin }, action: "auth.password_reset", target: { type: "user", id: userId } });
  return { userId };
}
