import Redis from "ioredis";
import { env } from "@/lib/env";

const globalForRedis = globalThis as unknown as { fikiriRedis?: Redis | null };

/** The shared Redis connection, or null when REDIS_URL is not configured. */
export function getRedis(): Redis | null {
  if (globalForRedis.fikiriRedis !== undefined) return globalForRedis.fikiriRedis;
  globalForRedis.fikiriRedis = env.REDIS_URL
    ? new Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000, enableOfflineQueue: true })
    : null;
  globalForRedis.fikiriRedis?.on("error", () => {
    // Reachability is reported by /api/health; reconnects are automatic.
  });
  return globalForRedis.fikiriRedis;
}
