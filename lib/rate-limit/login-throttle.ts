import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "@/lib/http/app-error";
import { createRateLimiter, retryAfterSeconds, type RateLimiter, type RateLimitResult } from "./rate-limiter";

const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Budgets for password sign-in. The lock is per (account, client address),
 * as Auth0's and Okta's brute-force protection do: an attacker guessing from
 * one address locks only themselves out, never the owner signing in from
 * elsewhere. Per account, failures from every address only slow attempts down
 * (a growing delay, capped), so many addresses guessing at once gain little
 * and the real user still gets in.
 */
export const LOGIN_LIMITS = {
  /** Attempts on one account from one address; a success clears it. */
  accountAddress: { limit: 5, windowMs: FIFTEEN_MINUTES },
  /** Failed attempts from one address across all accounts (password spraying); successes are given back. */
  address: { limit: 30, windowMs: FIFTEEN_MINUTES },
  /** Failures on one account from anywhere: past `freeFailures`, each attempt waits `stepMs` more, up to `maxDelayMs`. */
  account: { freeFailures: 10, stepMs: 500, maxDelayMs: 5_000, windowMs: FIFTEEN_MINUTES },
} as const;

export interface LoginThrottle {
  accountAddress: RateLimiter;
  address: RateLimiter;
  accountFailures: RateLimiter;
  /** Waits out the per-account slow-down (injectable so tests need not sleep). */
  delay(ms: number): Promise<void>;
}

export function createLoginThrottle(
  redis?: Parameters<typeof createRateLimiter>[0]["redis"],
  delay: (ms: number) => Promise<void> = (ms) => sleep(ms),
): LoginThrottle {
  return {
    accountAddress: createRateLimiter({ name: "login:account-address", ...LOGIN_LIMITS.accountAddress, redis }),
    address: createRateLimiter({ name: "login:address", ...LOGIN_LIMITS.address, redis }),
    // Never refuses (the limit is out of reach): only its count is read, for the delay.
    accountFailures: createRateLimiter({ name: "login:account-failures", limit: Number.MAX_SAFE_INTEGER, windowMs: LOGIN_LIMITS.account.windowMs, redis }),
    delay,
  };
}

/** How long an attempt on an account with `failures` recent failures waits before its password is checked. */
export function accountSlowdownMs(failures: number): number {
  const { freeFailures, stepMs, maxDelayMs } = LOGIN_LIMITS.account;
  return failures <= freeFailures ? 0 : Math.min(maxDelayMs, (failures - freeFailures) * stepMs);
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
