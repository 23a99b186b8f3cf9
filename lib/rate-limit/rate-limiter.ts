import type Redis from "ioredis";
import { getRedis } from "@/lib/redis/redis-client";
import { logger } from "@/lib/observability/logger";

export interface RateLimitResult {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  limit: number;
  /** Milliseconds until the window resets (0 when allowed and unused). */
  retryAfterMs: number;
}

export interface RateLimiter {
  /** Counts one hit against `key` and says whether it is within the limit. */
  hit(key: string): Promise<RateLimitResult>;
  /** Whether one more hit would be allowed, without counting one. */
  peek(key: string): Promise<RateLimitResult>;
  /** Gives back one hit counted by `hit` (e.g. an attempt that turned out to succeed); never below zero. */
  release(key: string): Promise<void>;
  /** Forgets `key` (e.g. after a successful sign-in). */
  reset(key: string): Promise<void>;
}

export interface RateLimiterOptions {
  /** Namespace, e.g. "login:account". */
  name: string;
  limit: number;
  windowMs: number;
  /** Redis connection; defaults to the app's (null = in-memory only). */
  redis?: Redis | null;
}

// Fixed window, atomically: the first hit starts the window's expiry.
const HIT_SCRIPT = `
local count = redis.call("INCR", KEYS[1])
if count == 1 then redis.call("PEXPIRE", KEYS[1], ARGV[1]) end
local ttl = redis.call("PTTL", KEYS[1])
if ttl < 0 then redis.call("PEXPIRE", KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }
`;

const RELEASE_SCRIPT = `
local count = tonumber(redis.call("GET", KEYS[1]) or "0")
if count > 0 then redis.call("DECR", KEYS[1]) end
return count
`;

interface MemoryEntry {
  count: number;
  resetAt: number;
}

const memoryBuckets = new Map<string, MemoryEntry>();
const MAX_MEMORY_KEYS = 50_000;

function memoryHit(key: string, windowMs: number, now = Date.now()): { count: number; ttl: number } {
  let entry = memoryBuckets.get(key);
  if (!entry || entry.resetAt <= now) {
    if (memoryBuckets.size >= MAX_MEMORY_KEYS) {
      for (const [k, e] of memoryBuckets) if (e.resetAt <= now) memoryBuckets.delete(k);
      if (memoryBuckets.size >= MAX_MEMORY_KEYS) memoryBuckets.delete(memoryBuckets.keys().next().value!);
    }
    entry = { count: 0, resetAt: now + windowMs };
    memoryBuckets.set(key, entry);
  }
  entry.count += 1;
  return { count: entry.count, ttl: entry.resetAt - now };
}

/**
 * A fixed-window limiter shared by every instance through Redis when
 * REDIS_URL is set; when Redis is absent or unreachable it falls back to
 * this process's memory, so limits still hold on a single instance. `hit`
 * counts before it answers, atomically (one Lua script in Redis; a
 * synchronous read-increment in memory), so concurrent callers each see their
 * own count: of 60 simultaneous hits against a limit of 30, exactly 30 are allowed.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const redisFor = () => (options.redis === undefined ? getRedis() : options.redis);
  const keyFor = (key: string) => `rl:${options.name}:${key}`;
  const result = (count: number, ttl: number): RateLimitResult => ({
    allowed: count <= options.limit,
    count,
    limit: options.limit,
    retryAfterMs: count <= options.limit ? 0 : Math.max(ttl, 1),
  });

  const peekResult = (count: number, ttl: number): RateLimitResult => ({
    allowed: count < options.limit,
    count,
    limit: options.limit,
    retryAfterMs: count < options.limit ? 0 : Math.max(ttl, 1),
  });

  return {
    async hit(key) {
      const redis = redisFor();
      if (redis) {
        try {
          const [count, ttl] = (await redis.eval(HIT_SCRIPT, 1, keyFor(key), String(options.windowMs))) as [number, number];
          return result(Number(count), Number(ttl));
        } catch (error) {
          logger.warn({ err: error, limiter: options.name }, "rate limiter: Redis unavailable, using in-memory counts");
        }
      }
      const { count, ttl } = memoryHit(keyFor(key), options.windowMs);
      return result(count, ttl);
    },
    async peek(key) {
      const redis = redisFor();
      if (redis) {
        try {
          const [count, ttl] = await Promise.all([redis.get(keyFor(key)), redis.pttl(keyFor(key))]);
          return peekResult(Number(count ?? 0), Number(ttl));
        } catch (error) {
          logger.warn({ err: error, limiter: options.name }, "rate limiter: Redis unavailable, using in-memory counts");
        }
      }
      const entry = memoryBuckets.get(keyFor(key));
      const now = Date.now();
      return entry && entry.resetAt > now ? peekResult(entry.count, entry.resetAt - now) : peekResult(0, 0);
    },
    async release(key) {
      const redis = redisFor();
      if (redis) {
        try {
          await redis.eval(RELEASE_SCRIPT, 1, keyFor(key));
          return;
        } catch (error) {
          logger.warn({ err: error, limiter: options.name }, "rate limiter: Redis unavailable, using in-memory counts");
        }
      }
      const entry = memoryBuckets.get(keyFor(key));
      if (entry && entry.count > 0) entry.count -= 1;
    },
    async reset(key) {
      memoryBuckets.delete(keyFor(key));
      const redis = redisFor();
      if (redis) await redis.del(keyFor(key)).catch(() => undefined);
    },
  };
}

/** Seconds for a Retry-After header, rounded up. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
