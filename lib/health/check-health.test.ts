import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { env } from "@/lib/env";
import { checkHealth } from "./check-health";

describe("checkHealth", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
  });
  afterAll(() => db.drop());

  test("reports a reachable database, version and uptime", async () => {
    const report = await checkHealth();
    expect(report.status).toBe("ok");
    expect(report.database.status).toBe("ok");
    expect(report.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(["ok", "not_configured"]).toContain(report.redis.status);
  });

  test("reports a database that is down as degraded", async () => {
    const other = await createTestDatabase();
    useAsAppDatabase(other);
    await other.drop();
    const report = await checkHealth();
    expect(report.status).toBe("degraded");
    expect(report.database.status).toBe("error");
    useAsAppDatabase(db);
  });

  // Needs a Redis server: .ci/run starts one and sets REDIS_URL; without it only the down case runs.
  test.skipIf(!env.REDIS_URL)("reports a reachable Redis", async () => {
    const redis = new Redis(env.REDIS_URL!, { lazyConnect: true });
    const report = await checkHealth({ redis });
    redis.disconnect();
    expect(report.redis.status).toBe("ok");
  });

  test("reports an unreachable Redis as degraded", async () => {
    const redis = new Redis("redis://127.0.0.1:1", { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on("error", () => {});
    const report = await checkHealth({ redis });
    redis.disconnect();
    expect(report.redis.status).toBe("error");
    expect(report.status).toBe("degraded");
  });
});
