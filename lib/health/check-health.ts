import { getPrisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import type Redis from "ioredis";
import { getInngestSyncStatus, type JobsHealth } from "@/lib/jobs/get-inngest-sync-status";
import { getRedis } from "@/lib/redis/redis-client";
import packageJson from "@/package.json" with { type: "json" };

export type CheckStatus = "ok" | "error" | "not_configured";

export interface DependencyCheck {
  status: CheckStatus;
  latencyMs?: number;
  error?: string;
}

export interface HealthReport {
  status: "ok" | "degraded";
  version: string;
  uptimeSeconds: number;
  database: DependencyCheck & { embedded: boolean };
  redis: DependencyCheck;
  /** Durable jobs: local executor or Inngest server, and whether the server has synced the app. */
  jobs: JobsHealth | { mode: "inngest" | "local"; error: string };
}

const TIMEOUT_MS = 2_000;

async function timed(check: () => Promise<unknown>): Promise<DependencyCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { status: "ok", latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { status: "error", error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(deps: { redis?: Redis | null } = {}): Promise<HealthReport> {
  const redis = deps.redis === undefined ? getRedis() : deps.redis;
  const [database, redisCheck, jobs] = await Promise.all([
    timed(() => getPrisma().$queryRaw`SELECT 1`),
    redis ? timed(async () => {
      if (redis.status === "wait") await redis.connect();
      await redis.ping();
    }) : Promise.resolve<DependencyCheck>({ status: "not_configured" }),
    getInngestSyncStatus("fikiri").catch((error: unknown) => ({ mode: "inngest" as const, error: error instanceof Error ? error.message : String(error) })),
  ]);
  return {
    status: database.status === "ok" && redisCheck.status !== "error" ? "ok" : "degraded",
    version: env.APP_VERSION ?? packageJson.version,
    uptimeSeconds: Math.round(process.uptime()),
    database: { ...database, embedded: env.EMBEDDED },
    redis: redisCheck,
    jobs,
  };
}
