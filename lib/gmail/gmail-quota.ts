import type Redis from "ioredis";
import { logger } from "@/lib/observability/logger";
import { getRedis } from "@/lib/redis/redis-client";

/**
 * Per-mailbox throttling within Gmail's per-user quota: 15,000 quota units
 * per user per minute (Google's "Gmail API usage limits",
 * https://developers.google.com/workspace/gmail/api/reference/quota; older
 * versions of that page said 250 units per second, a moving average). Every
 * call takes its documented cost from a token bucket before it is sent.
 *
 * The bucket holds at most `capacity` units and refills at `refillPerSecond`,
 * chosen so that capacity + 60 * refillPerSecond = 14,700: whatever the
 * timing, no 60-second window spends more than Gmail allows, with 2 % to spare
 * for calls that reach Google in a different order than they were cleared.
 *
 * The budget is keyed by the Gmail address (Gmail's quota is per user, and
 * two workspaces may connect the same address), by mailbox id when the caller
 * has no address. Where it lives: with REDIS_URL set, in Redis (one hash per user, updated
 * by one Lua script, with Redis' clock), so every app process and job worker
 * draws from the same budget. Without Redis (or while it is unreachable) the
 * bucket is in this process's memory: a single process stays within the
 * limit, several processes may together exceed it, and Gmail's 429s/quota
 * 403s (retried by the client) are then the backstop. There is no Postgres
 * fallback on purpose: a row update per Gmail call would cost more than the
 * occasional retried 429 it prevents.
 */
export const GMAIL_USER_QUOTA = { unitsPerMinute: 15_000, capacity: 600, refillPerSecond: 235 };

/**
 * Quota units per method, as listed on the page above (checked 2026-12-04),
 * for every method the app calls (and their neighbours). Unknown calls count
 * 10, more than any read the app makes, so a new call is not undercounted by much.
 */
const COSTS: { method: string; path: RegExp; units: number; name: string }[] = [
  { method: "POST", path: /\/drafts\/send$/, units: 100, name: "drafts.send" },
  { method: "POST", path: /\/drafts$/, units: 10, name: "drafts.create" },
  { method: "PUT", path: /\/drafts\/[^/]+$/, units: 15, name: "drafts.update" },
  { method: "DELETE", path: /\/drafts\/[^/]+$/, units: 10, name: "drafts.delete" },
  { method: "GET", path: /\/drafts(\/[^/]+)?$/, units: 5, name: "drafts.get / drafts.list" },
  { method: "POST", path: /\/messages\/send$/, units: 100, name: "messages.send" },
  { method: "POST", path: /\/messages\/[^/]+\/modify$/, units: 5, name: "messages.modify" },
  { method: "GET", path: /\/messages\/[^/]+\/attachments\/[^/]+$/, units: 5, name: "messages.attachments.get" },
  { method: "GET", path: /\/messages(\/[^/]+)?$/, units: 5, name: "messages.get / messages.list" },
  { method: "GET", path: /\/threads(\/[^/]+)?$/, units: 10, name: "threads.get / threads.list" },
  { method: "GET", path: /\/history$/, units: 2, name: "history.list" },
  { method: "POST", path: /\/labels$/, units: 5, name: "labels.create" },
  { method: "GET", path: /\/labels(\/[^/]+)?$/, units: 1, name: "labels.get / labels.list" },
  { method: "GET", path: /\/profile$/, units: 1, name: "getProfile" },
  { method: "POST", path: /\/watch$/, units: 100, name: "watch" },
  { method: "POST", path: /\/stop$/, units: 50, name: "stop" },
];

/** The documented cost of one Gmail call, from its HTTP method and URL. */
export function quotaUnits(method: string | undefined, url: string): number {
  const path = url.split("?")[0]!;
  const verb = (method ?? "GET").toUpperCase();
  return COSTS.find((c) => c.method === verb && c.path.test(path))?.units ?? 10;
}

/** Takes units from a Gmail user's budget (key: the address); `acquire` resolves when the call may be sent. */
export interface QuotaLimiter {
  acquire(key: string, units: number): Promise<void>;
  /** After a 429 / quota 403: nothing left for now, so the next calls wait for the refill. */
  exhaust(key: string): Promise<void>;
}

export interface QuotaBucketOptions {
  capacity: number;
  refillPerSecond: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A reserving bucket: a call always takes its units, the balance may go
 * negative, and the caller waits until the refill has paid the debt. That
 * serves callers in the order they asked and needs one atomic step per call.
 */
export function createMemoryQuotaLimiter(options: QuotaBucketOptions = GMAIL_USER_QUOTA): QuotaLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const take = (key: string, units: number | "all"): number => {
    const now = Date.now();
    const bucket = buckets.get(key) ?? { tokens: options.capacity, at: now };
    bucket.tokens = Math.min(options.capacity, bucket.tokens + ((now - bucket.at) / 1000) * options.refillPerSecond);
    bucket.at = now;
    bucket.tokens = units === "all" ? Math.min(bucket.tokens, 0) : bucket.tokens - units;
    buckets.set(key, bucket);
    return bucket.tokens >= 0 ? 0 : Math.ceil((-bucket.tokens / options.refillPerSecond) * 1000);
  };
  return {
    acquire: async (key, units) => {
      const wait = take(key, units);
      if (wait > 0) await sleep(wait);
    },
    exhaust: async (key) => void take(key, "all"),
  };
}

// The same reserving bucket, atomically in Redis with Redis' clock (TIME), so processes need no shared clock.
// ARGV: capacity, refill per ms, units (-1 = exhaust), key ttl ms. Returns the wait in ms.
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local units = tonumber(ARGV[3])
local t = redis.call("TIME")
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call("HMGET", KEYS[1], "tokens", "at")
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
if units < 0 then tokens = math.min(tokens, 0) else tokens = tokens - units end
redis.call("HSET", KEYS[1], "tokens", tostring(tokens), "at", tostring(now))
redis.call("PEXPIRE", KEYS[1], ARGV[4])
if tokens >= 0 then return 0 end
return math.ceil(-tokens / rate)
`;

/** The bucket in Redis, shared by every process using `redis`; falls back to memory while Redis fails. */
export function createRedisQuotaLimiter(redis: Redis, options: QuotaBucketOptions & { keyPrefix?: string } = GMAIL_USER_QUOTA): QuotaLimiter {
  const fallback = createMemoryQuotaLimiter(options);
  const prefix = options.keyPrefix ?? "gmail-quota:";
  // Long enough for a full refill plus the longest debt a burst can run up; idle mailboxes then cost nothing.
  const ttlMs = Math.ceil((options.capacity / options.refillPerSecond) * 1000) + 10 * 60_000;
  let warned = false;
  const take = async (key: string, units: number): Promise<number | null> => {
    try {
      const wait = await redis.eval(TAKE_SCRIPT, 1, `${prefix}${key}`, options.capacity, options.refillPerSecond / 1000, units, ttlMs);
      warned = false;
      return Number(wait);
    } catch (err) {
      if (!warned) logger.warn({ err }, "Gmail quota bucket: Redis unavailable, throttling in this process only");
      warned = true;
      return null;
    }
  };
  return {
    acquire: async (key, units) => {
      const wait = await take(key, units);
      if (wait === null) return fallback.acquire(key, units);
      if (wait > 0) await sleep(wait);
    },
    exhaust: async (key) => {
      if ((await take(key, -1)) === null) await fallback.exhaust(key);
    },
  };
}

let shared: QuotaLimiter | undefined;

/** The app's limiter: in Redis when REDIS_URL is set, else in this process. */
export function gmailQuotaLimiter(): QuotaLimiter {
  if (!shared) {
    const redis = getRedis();
    shared = redis ? createRedisQuotaLimiter(redis) : createMemoryQuotaLimiter();
  }
  return shared;
}
