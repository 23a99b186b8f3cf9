import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { accountSlowdownMs, createLoginThrottle, LOGIN_LIMITS } from "@/lib/rate-limit/login-throttle";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { authenticatePassword } from "./authenticate-password";
import { seedUser, TEST_PASSWORD } from "./testing/seed-user";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
}, 120_000);
afterAll(() => db?.drop());

const unique = () => randomBytes(4).toString("hex");
const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : String(e)));
const noDelay = async () => {};

async function concurrentFailures(redis: Redis | null) {
  const throttle = createLoginThrottle(redis, noDelay);
  const origin = { ip: `198.51.100.${1 + (parseInt(unique(), 16) % 250)}`, userAgent: "sprayer" };
  await throttle.address.reset(origin.ip);
  const run = unique();
  // 60 different accounts at once from one address: only the address budget (30) applies.
  const codes = await Promise.all(Array.from({ length: 60 }, (_, i) => codeOf(authenticatePassword(`spray-${run}-${i}@example.test`, "guess", origin, throttle))));
  return { unauthorized: codes.filter((c) => c === "unauthorized").length, limited: codes.filter((c) => c === "rate_limited").length };
}

describe("sign-in throttling", () => {
  test("counts before it checks: 60 concurrent failures from one address against a limit of 30 -> exactly 30 reach the password check", async () => {
    expect(LOGIN_LIMITS.address.limit).toBe(30);
    expect(await concurrentFailures(null)).toEqual({ unauthorized: 30, limited: 30 });
  }, 60_000);

  // Needs a Redis server: .ci/run's first pass sets REDIS_URL and runs it; the embedded-engine pass configures nothing.
  test.skipIf(!env.REDIS_URL)("the same with Redis (shared by every instance)", async () => {
    const redis = new Redis(env.REDIS_URL!, { lazyConnect: true });
    try {
      expect(await concurrentFailures(redis)).toEqual({ unauthorized: 30, limited: 30 });
    } finally {
      redis.disconnect();
    }
  }, 60_000);

  test("the lock is per (account, address): an attacker's failures do not lock the owner out from another address", async () => {
    const user = await seedUser();
    const delays: number[] = [];
    const throttle = createLoginThrottle(null, async (ms) => void delays.push(ms));
    const attacker = { ip: "203.0.113.66", userAgent: "attacker" };
    for (let i = 0; i < 5; i++) expect(await codeOf(authenticatePassword(user.email, `guess ${i}`, attacker, throttle))).toBe("unauthorized");
    // The attacker's address is now locked for this account, even with the right password...
    expect(await codeOf(authenticatePassword(user.email, TEST_PASSWORD, attacker, throttle))).toBe("rate_limited");
    // ...while the owner, from their own address, signs in.
    const owner = { ip: "192.0.2.10", userAgent: "owner" };
    expect((await authenticatePassword(user.email, TEST_PASSWORD, owner, throttle)).id).toBe(user.id);
    const locked = await prisma.auditLog.findFirstOrThrow({ where: { actorUserId: user.id, action: "auth.locked_out" } });
    expect(locked).toMatchObject({ ip: "203.0.113.66", after: { email: user.email, by: "account_address" } });
  });

  test("per account, failures from many addresses slow attempts down (capped) but never refuse the owner", async () => {
    const user = await seedUser();
    const delays: number[] = [];
    const throttle = createLoginThrottle(null, async (ms) => void delays.push(ms));
    // Four addresses, five failures each: 20 failures on the account, no single address locked out of anything but this account.
    for (let a = 0; a < 4; a++) {
      for (let i = 0; i < 5; i++) await codeOf(authenticatePassword(user.email, "guess", { ip: `203.0.113.${100 + a}`, userAgent: "botnet" }, throttle));
    }
    expect(delays.at(-1)).toBe(accountSlowdownMs(19));
    delays.length = 0;
    expect((await authenticatePassword(user.email, TEST_PASSWORD, { ip: "192.0.2.20", userAgent: "owner" }, throttle)).id).toBe(user.id);
    expect(delays).toEqual([accountSlowdownMs(20)]);
    expect(accountSlowdownMs(20)).toBe(5_000);
    expect(accountSlowdownMs(10)).toBe(0);
    expect(accountSlowdownMs(11)).toBe(500);
    expect(accountSlowdownMs(1_000)).toBe(LOGIN_LIMITS.account.maxDelayMs);
  });
});
