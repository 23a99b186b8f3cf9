import type { User } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { addressBucket } from "@/lib/http/client-address";
import { accountSlowdownMs, loginThrottle, rateLimitedError, type LoginThrottle } from "@/lib/rate-limit/login-throttle";
import { verifyAgainstDecoy, verifyPassword } from "./hash-password";
import type { Origin } from "./request-origin";

export const INVALID_CREDENTIALS = "Email or password is incorrect.";

/**
 * Checks an email and password under the sign-in budgets (lib/rate-limit/login-throttle.ts):
 * every attempt is counted before the password is checked, atomically, so
 * concurrent guesses cannot all slip under a limit; a success clears the
 * (account, address) count and gives its address hit back. Throws 401 for
 * wrong credentials and 429 with Retry-After when throttled. `origin.ip`
 * comes from lib/http/client-address.ts; IPv6 counts per /64, unknown addresses share one budget.
 */
export async function authenticatePassword(email: string, password: string, origin: Origin, throttle: LoginThrottle = loginThrottle()): Promise<User> {
  const account = email.trim().toLowerCase();
  const address = addressBucket(origin.ip);
  const pairKey = `${account}|${address}`;
  const [byAddress, byPair, accountFailures] = await Promise.all([
    throttle.address.hit(address),
    throttle.accountAddress.hit(pairKey),
    throttle.accountFailures.peek(account),
  ]);
  const user = await prisma.user.findUnique({ where: { email: account } });
  const blocked = !byPair.allowed ? byPair : !byAddress.allowed ? byAddress : null;
  if (blocked) {
    // A refused attempt is not an attempt: give back the hit on the budget that did not refuse it.
    await (blocked === byPair ? (byAddress.allowed ? throttle.address.release(address) : null) : throttle.accountAddress.release(pairKey));
    // Logged once per window: the refusing count passes its limit by exactly one only once.
    if (blocked.count === blocked.limit + 1) {
      await recordAudit({ actor: { userId: user?.id, ...origin }, action: "auth.locked_out", after: { email: account, by: blocked === byPair ? "account_address" : "address" } });
    }
    throw rateLimitedError(blocked);
  }
  const wait = accountSlowdownMs(accountFailures.count);
  if (wait > 0) await throttle.delay(wait);
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !ok) {
    await throttle.accountFailures.hit(account);
    await recordAudit({ actor: { userId: user?.id, ...origin }, action: "auth.sign_in_failed", after: { email: account, reason: user ? "bad_password" : "unknown_account" } });
    throw new AppError("unauthorized", INVALID_CREDENTIALS);
  }
  await Promise.all([throttle.accountAddress.reset(pairKey), throttle.address.release(address)]);
  return user;
}
