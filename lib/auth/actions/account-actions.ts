"use server";

import { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { addressBucket } from "@/lib/http/client-address";
import { createRateLimiter } from "@/lib/rate-limit/rate-limiter";
import { rateLimitedError } from "@/lib/rate-limit/login-throttle";
import { changePassword, changePasswordSchema } from "../change-password";
import { forgotPasswordSchema, requestPasswordReset, resetPassword, resetPasswordSchema } from "../reset-password";
import { safeNextPath } from "../safe-next-path";
import { sendVerificationEmail } from "../send-verification-email";
import { setSessionCookie } from "../session-cookie";
import { signUp, signUpSchema } from "../sign-up";
import { publicAction, userAction } from "../user-action";
import { verifyEmail } from "../verify-email";

const HOUR = 60 * 60_000;
const signUps = createRateLimiter({ name: "signup:ip", limit: 10, windowMs: HOUR });
const emailsByIp = createRateLimiter({ name: "auth-email:ip", limit: 10, windowMs: HOUR });
const emailsByAddress = createRateLimiter({ name: "auth-email:address", limit: 3, windowMs: HOUR });

async function throttle(limiter: ReturnType<typeof createRateLimiter>, key: string, what: string) {
  const result = await limiter.hit(key);
  if (!result.allowed) throw rateLimitedError(result, what);
}

/**
 * Creates the account and its workspace and emails a verification link, or,
 * for an address that already has an account, emails its owner instead: the
 * answer is the same either way and no session is started, so sign-up does not
 * reveal which addresses have accounts. The person signs in next.
 */
export const signUpAction = publicAction("sign_up", signUpSchema.extend({ next: z.string().max(500).optional() }), async (input, { origin }) => {
  await throttle(signUps, addressBucket(origin.ip), "sign-ups from your network");
  await throttle(emailsByAddress, input.email, "email requests for this address");
  const { email } = await signUp(input, origin);
  return { sent: true as const, email, next: safeNextPath(input.next) };
});

export const verifyEmailAction = publicAction("verify_email", z.object({ token: z.string().min(10).max(200) }), async ({ token }, { origin }) => {
  await verifyEmail(token, origin);
  return { verified: true };
});

/** Always answers the same, whether or not the address has an account. */
export const forgotPasswordAction = publicAction("forgot_password", forgotPasswordSchema, async ({ email }, { origin }) => {
  await throttle(emailsByIp, addressBucket(origin.ip), "email requests");
  await throttle(emailsByAddress, email, "email requests for this address");
  await requestPasswordReset(email);
  return { sent: true };
});

export const resetPasswordAction = publicAction("reset_password", resetPasswordSchema, async (input, { origin }) => {
  await resetPassword(input, origin);
  return { reset: true };
});

export const resendVerificationAction = userAction("resend_verification", z.object({}), async (_input, { user }) => {
  if (user.emailVerified) throw new AppError("conflict", "Your email address is already verified.");
  await throttle(emailsByAddress, user.email, "email requests for this address");
  await sendVerificationEmail(user);
  return { sent: true };
});

export const updateProfileAction = userAction("update_profile", z.object({ name: z.string().trim().min(1, "Enter your name.").max(100) }), async ({ name }, { user }) => {
  await prisma.user.update({ where: { id: user.id }, data: { name } });
  return { name };
});

export const changePasswordAction = userAction("change_password", changePasswordSchema, async (input, { user, session, origin }) => {
  const rotated = await changePassword(user.id, session.id, input, origin);
  await setSessionCookie(rotated);
  return { changed: true };
});
