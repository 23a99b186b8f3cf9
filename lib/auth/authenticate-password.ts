import type { User } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { LOGIN_LIMITS, loginThrottle, rateLimitedError, type LoginThrottle } from "@/lib/rate-limit/login-throttle";
import { verifyAgainstDecoy, verifyPassword } from "./hash-password";
import type { Origin } from "./request-origin";

export const INVALID_CREDENTIALS = "Email or password is incorrect.";

/**
 * Checks an email and password, throttled per account (every attempt counts,
 * atomically; a success clears the count) and per client address (failures
 * count, so offices behind one address can still sign in). Throws 401 for
 * wrong credentials and 429 with Retry-After when throttled.
 */
export async function authenticatePassword(email: string, password: string, origin: Origin, throttle: LoginThrottle = loginThrottle()): Promise<User> {
  const account = email.trim().toLowerCase();
  const ipKey = origin.ip ?? "unknown";
  const [byIp, byAccount] = await Promise.all([throttle.ip.peek(ipKey), throttle.account.hit(account)]);
  const user = await prisma.user.findUnique({ where: { email: account } });
  const blocked = !byAccount.allowed ? byAccount : !byIp.allowed ? byIp : null;
  if (blocked) {
    // Logged once per window: on the first refused attempt.
    if (blocked === byIp ? await isFirstIpRefusal(throttle, ipKey) : blocked.count === blocked.limit + 1) {
      await recordAudit({ actor: { userId: user?.id, ...origin }, action: "auth.locked_out", after: { email: account, by: blocked === byAccount ? "account" : "ip" } });
    }
    throw rateLimitedError(blocked);
  }
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !ok) {
    await throttle.ip.hit(ipKey);
    await recordAudit({ actor: { userId: user?.id, ...origin }, action: "auth.sign_in_failed", after: { email: account, reason: user ? "bad_password" : "unknown_account" } });
    throw new AppError("unauthorized", INVALID_CREDENTIALS);
  }
  await throttle.account.reset(account);
  return user;
}

// The address count stops growing once refused, so mark the first refusal by one extra hit.
async function isFirstIpRefusal(throttle: LoginThrottle, ipKey: string): Promise<boolean> {
  return (await throttle.ip.hit(ipKey)).count === LOGIN_LIMITS.ip.limit + 1;
}
