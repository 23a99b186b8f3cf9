import type { User } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { loginThrottle, rateLimitedError, type LoginThrottle } from "@/lib/rate-limit/login-throttle";
import { verifyAgainstDecoy, verifyPassword } from "./hash-password";
import type { Origin } from "./request-origin";

export const INVALID_CREDENTIALS = "Email or password is incorrect.";

/**
 * Checks an email and password, throttled per account and per client address
 * (every attempt counts; a success clears the account's count). Throws 401
 * for wrong credentials and 429 with Retry-After when throttled.
 */
export async function authenticatePassword(email: string, password: string, origin: Origin, throttle: LoginThrottle = loginThrottle()): Promise<User> {
  const account = email.trim().toLowerCase();
  const [byIp, byAccount] = await Promise.all([throttle.ip.hit(origin.ip ?? "unknown"), throttle.account.hit(account)]);
  const user = await prisma.user.findUnique({ where: { email: account } });
  const blocked = !byAccount.allowed ? byAccount : !byIp.allowed ? byIp : null;
  if (blocked) {
    // Logged once per window: on the first refused attempt.
    if (blocked.count === blocked.limit + 1) {
      await recordAudit({ actor: { userId: user?.id, ...origin }, action: "auth.locked_out", after: { email: account, by: blocked === byAccount ? "account" : "ip" } });
    }
    throw rateLimitedError(blocked);
  }
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !ok) {
    await recordAudit({ actor: { userId: user?.id, ...origin }, action: "auth.sign_in_failed", after: { email: account, reason: user ? "bad_password" : "unknown_account" } });
    throw new AppError("unauthorized", INVALID_CREDENTIALS);
  }
  await throttle.account.reset(account);
  return user;
}
