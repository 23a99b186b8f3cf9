import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { afterAll, describe, expect, test } from "vitest";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { rateLimitedError } from "./login-throttle";
import { createRateLimiter, type RateLimiter } from "./rate-limiter";

const unique = () => randomBytes(6).toString("hex");

async function exercise(limiter: RateLimiter) {
  const key = unique();
  for (let i = 1; i <= 3; i++) {
    expect((await limiter.peek(key)).count).toBe(i - 1);
    expect(await limiter.hit(key)).toMatchObject({ allowed: true, count: i, retryAfterMs: 0 });
  }
  expect(await limiter.peek(key)).toMatchObject({ allowed: false, count: 3 });
  expect((await limiter.peek(unique())).allowed).toBe(true);
  const refused = await limiter.hit(key);
  expect(refused.allowed).toBe(false);
  expect(refused.retryAfterMs).toBeGreaterThan(0);
  expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000);
  // Other keys have their own budget; a reset restores this one.
  expect((await limiter.hit(unique())).allowed).toBe(true);
  await limiter.reset(key);
  expect((await limiter.hit(key)).count).toBe(1);
}

describe("rate limiter", () => {
  test("in memory (no Redis): counts per key, refuses past the limit, resets", async () => {
    await exercise(createRateLimiter({ name: `t-${unique()}`, limit: 3, windowMs: 60_000, redis: null }));
  });

  test("in memory: the window expires", async () => {
    const limiter = createRateLimiter({ name: `t-${unique()}`, limit: 1, windowMs: 50, redis: null });
    const key = unique();
    await limiter.hit(key);
    expect((await limiter.hit(key)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 80));
    expect((await limiter.hit(key)).allowed).toBe(true);
  });

  test("falls back to memory when Redis is unreachable", async () => {
    const dead = new Redis("redis://127.0.0.1:1", { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    dead.on("error", () => {});
    await exercise(createRateLimiter({ name: `t-${unique()}`, limit: 3, windowMs: 60_000, redis: dead }));
    dead.disconnect();
  });

  // Needs a Redis server (REDIS_URL, e.g. redis://127.0.0.1:6379); skipped only when it is not configured.
  describe.skipIf(!env.REDIS_URL)("with Redis", () => {
    const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { lazyConnect: true }) : null;
    afterAll(() => redis?.disconnect());

    test("counts atomically in Redis with an expiring window", async () => {
      const name = `t-${unique()}`;
      await exercise(createRateLimiter({ name, limit: 3, windowMs: 60_000, redis }));
      const key = unique();
      const limiter = createRateLimiter({ name, limit: 3, windowMs: 60_000, redis });
      await Promise.all(Array.from({ length: 10 }, () => limiter.hit(key)));
      expect(await redis!.get(`rl:${name}:${key}`)).toBe("10");
      const ttl = await redis!.pttl(`rl:${name}:${key}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    });

    test("two limiters (two app instances) share one count", async () => {
      const name = `t-${unique()}`;
      const key = unique();
      const a = createRateLimiter({ name, limit: 2, windowMs: 60_000, redis });
      const b = createRateLimiter({ name, limit: 2, windowMs: 60_000, redis });
      await a.hit(key);
      await b.hit(key);
      expect((await a.hit(key)).allowed).toBe(false);
    });
  });

  test("a refusal becomes a 429 with Retry-After in whole seconds", () => {
    const error = rateLimitedError({ allowed: false, count: 6, limit: 5, retryAfterMs: 61_500 });
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(429);
    expect(error.headers).toEqual({ "retry-after": "62" });
    expect(error.message).toBe("Too many sign-in attempts. Try again in 2 minutes.");
  });
});
