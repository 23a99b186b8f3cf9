/**
 * docker-compose.yml cannot be run here (no Docker engine), so its wiring is
 * checked by reading it: the services exist, Inngest runs `inngest start` on
 * its own Postgres database and Redis, both sides share the event and signing
 * keys, each side can reach the other, and the app's environment passes the
 * production checks of lib/env.ts.
 */
import fs from "node:fs";
import { describe, expect, test } from "vitest";
import YAML from "yaml";
import { parseEnv } from "@/lib/env";

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown>;
}
const compose = YAML.parse(fs.readFileSync("docker-compose.yml", "utf8")) as { services: Record<string, Service> };
const { app, inngest, postgres, redis } = compose.services;

/** Compose's `${VAR}`, `${VAR:-default}` and `${VAR:?message}` with the given variables. */
function substitute(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::[-?]([^}]*))?\}/g, (_, name: string, fallback?: string) => vars[name] ?? fallback ?? "");
}

describe("docker-compose.yml", () => {
  test("runs the app, PostgreSQL, Redis and a self-hosted Inngest server from the official image", () => {
    expect(app?.build).toBeDefined();
    expect(postgres?.image).toMatch(/^postgres:/);
    expect(redis?.image).toMatch(/^redis:/);
    expect(inngest?.image).toMatch(/^inngest\/inngest(:|$)/);
    expect(inngest?.command?.slice(0, 2)).toEqual(["inngest", "start"]);
    expect(Object.keys(inngest?.depends_on ?? {}).sort()).toEqual(["postgres", "redis"]);
  });

  test("Inngest keeps its state in its own Postgres database and Redis, which the init script creates", () => {
    const env = inngest!.environment!;
    expect(env.INNGEST_POSTGRES_URI).toMatch(/^postgresql:\/\/inngest:[^@]+@postgres:5432\/inngest$/);
    expect(env.INNGEST_REDIS_URI).toMatch(/^redis:\/\/redis:6379\/\d+$/);
    expect(app!.environment!.DATABASE_URL).toMatch(/@postgres:5432\/fikiri$/);
    const init = fs.readFileSync("deploy/postgres-init.sql", "utf8");
    expect(init).toMatch(/CREATE DATABASE inngest OWNER inngest/);
    expect(init).toMatch(/CREATE DATABASE fikiri OWNER fikiri/);
  });

  test("the app and the server share the keys and can reach each other", () => {
    const vars = { INNGEST_EVENT_KEY: "0a1b2c3d", INNGEST_SIGNING_KEY_HEX: "00ff".repeat(16), AUTH_SECRET: "x".repeat(44), ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}` };
    const appEnv = Object.fromEntries(Object.entries(app!.environment!).map(([k, v]) => [k, substitute(String(v), vars)]));
    const serverEnv = Object.fromEntries(Object.entries(inngest!.environment!).map(([k, v]) => [k, substitute(String(v), vars)]));
    expect(appEnv.INNGEST_EVENT_KEY).toBe(serverEnv.INNGEST_EVENT_KEY);
    // The SDK strips the signkey-<env>- prefix before signing (inngest/helpers/strings.js).
    expect(appEnv.INNGEST_SIGNING_KEY).toBe(`signkey-prod-${serverEnv.INNGEST_SIGNING_KEY}`);
    expect(serverEnv.INNGEST_SIGNING_KEY).toMatch(/^([0-9a-f]{2})+$/);
    expect(appEnv.INNGEST_BASE_URL).toBe("http://inngest:8288");
    expect(inngest!.command).toContain("http://app:3000/api/inngest");

    const parsed = parseEnv({ ...appEnv, NODE_ENV: "production" });
    expect(parsed.INNGEST_SIGNING_KEY).toBe(appEnv.INNGEST_SIGNING_KEY);
    expect(() => parseEnv({ ...appEnv, NODE_ENV: "production", INNGEST_SIGNING_KEY: "" })).toThrow(/INNGEST_SIGNING_KEY: required/);
  });
});
