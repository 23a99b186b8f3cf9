import { describe, expect, test } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  test("runs with nothing configured: the embedded default", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.LOG_LEVEL).toBe("info");
    expect(env.INNGEST_DEV).toBe(false);
    // The unauthenticated dev-outbox reader is for end-to-end tests only.
    expect(env.DEV_OUTBOX_API).toBe(false);
  });

  test("derives APP_URL from PORT and trims a trailing slash", () => {
    expect(parseEnv({ PORT: "4100" }).APP_URL).toBe("http://localhost:4100");
    expect(parseEnv({ APP_URL: "https://app.fikiri.dev/" }).APP_URL).toBe("https://app.fikiri.dev");
  });

  test("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", REDIS_URL: " " }).DATABASE_URL).toBeUndefined();
  });

  test.each([
    ["DATABASE_URL", "mysql://x", /DATABASE_URL: must be a Postgres URL/],
    ["REDIS_URL", "localhost:6379", /REDIS_URL: must be a Redis URL/],
    ["PORT", "http", /PORT:/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL:/],
    ["AUTH_SECRET", "short", /AUTH_SECRET: must be at least 32 characters/],
    ["INNGEST_SIGNING_KEY", "abc", /INNGEST_SIGNING_KEY: must look like signkey-prod-<hex>/],
    ["APP_URL", "not a url", /APP_URL: must be the public base URL/],
  ])("names %s and what it should look like when malformed", (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(EnvError);
    expect(() => parseEnv({ [name]: value })).toThrow(message);
  });

  test("requires AUTH_SECRET in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://h/db" })).toThrow(/AUTH_SECRET: required in production/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) })).toThrow(/ENCRYPTION_KEYS: required in production/);
    const key = `k1:${Buffer.alloc(32, 7).toString("base64")}`;
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), ENCRYPTION_KEYS: key, MAIL_TRANSPORT: "outbox" }).NODE_ENV).toBe("production");
  });

  test("does not ask for runtime secrets while next build runs", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).NODE_ENV).toBe("production");
  });
});
