import { AppError } from "@/lib/http/app-error";
import { createRateLimiter, retryAfterSeconds, type RateLimiter, type RateLimitResult } from "./rate-limiter";

const FIFTEEN_MINUTES = 15 * 60_000;

/** Failed-attempt budgets for password sign-in, per account and per client address. */
export const LOGIN_LIMITS = {
  account: { limit: 5, windowMs: FIFTEEN_MINUTES },
  ip: { limit: 30, windowMs: FIFTEEN_MINUTES },
} as const;

export interface LoginThrottle {
  account: RateLimiter;
  ip: RateLimiter;
}

export function createLoginThrottle(redis?: Parameters<typeof createRateLimiter>[0]["redis"]): LoginThrottle {
  return {
    account: createRateLimiter({ name: "login:account", ...LOGIN_LIMITS.account, redis }),
    ip: createRateLimiter({ name: "login:ip", ...LOGIN_LIMITS.ip, redis }),
  };
}

let shared: LoginThrottle | undefined;
export function loginThrottle(): LoginThrottle {
  shared ??= createLoginThrottle();
  return shared;
}

/** The 429 a throttled caller gets: a clear message and Retry-After. */
export function rateLimitedError(result: RateLimitResult, what = "sign-in attempts"): AppError {
  const seconds = retryAfterSeconds(result.retryAfterMs);
  const minutes = Math.ceil(seconds / 60);
  return new AppError(
    "rate_limited",
    `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    { retryAfterSeconds: seconds },
    { "retry-after": String(seconds) },
  );
}
