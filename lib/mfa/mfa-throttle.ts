import { createRateLimiter, type RateLimiter } from "@/lib/rate-limit/rate-limiter";
import { rateLimitedError } from "@/lib/rate-limit/login-throttle";

let limiter: RateLimiter | undefined;
/** Wrong second-factor or re-authentication attempts allowed per user per 15 minutes. */
export function mfaThrottle(): RateLimiter {
  limiter ??= createRateLimiter({ name: "mfa:user", limit: 10, windowMs: 15 * 60_000 });
  return limiter;
}

/** Counts an attempt for the user; throws 429 with Retry-After when over the budget. */
export async function assertMfaAttemptAllowed(userId: string, throttle: RateLimiter = mfaThrottle()): Promise<void> {
  const result = await throttle.hit(userId);
  if (!result.allowed) throw rateLimitedError(result, "verification attempts");
}
