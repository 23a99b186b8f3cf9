import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseEnv } from "@/lib/env";
import type { TestDatabase } from "@/lib/testing/test-database";
import { localSigningKey } from "./local-signing-key";
import { recordInngestSync } from "./record-inngest-sync";
import { signedRequest } from "./signed-request";
import { createTestApp } from "./testing/create-test-app";
import { openJobsTestDatabase } from "./testing/open-jobs-test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`, MAIL_TRANSPORT: "outbox" };

describe("running on an Inngest server", () => {
  test("production refuses to start with an Inngest server configured but no signing key", () => {
    expect(() => parseEnv({ ...production, INNGEST_EVENT_KEY: "evt-key" })).toThrow(/INNGEST_SIGNING_KEY: required in production with an Inngest server/);
    expect(() => parseEnv({ ...production, INNGEST_BASE_URL: "http://inngest:8288" })).toThrow(/INNGEST_SIGNING_KEY: required/);
    expect(parseEnv({ ...production, INNGEST_EVENT_KEY: "evt-key", INNGEST_SIGNING_KEY: "signkey-prod-0123abcd" }).INNGEST_SIGNING_KEY).toBe("signkey-prod-0123abcd");
    // The local executor (no INNGEST_*) needs no Inngest key; development never does.
    expect(parseEnv(production).INNGEST_SIGNING_KEY).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "development", INNGEST_EVENT_KEY: "evt-key" }).INNGEST_EVENT_KEY).toBe("evt-key");
  });

  test("a server's successful in-band sync is recorded for /api/health; a refused one is not", async () => {
    const app = createTestApp((inngest) => [inngest.createFunction({ id: "noop", triggers: [{ event: "test/noop" }] }, async () => "ok")]);
    const put = recordInngestSync(app.handlers.PUT, { appId: "test-app", enabled: true });
    const url = new URL("http://localhost:3000/api/inngest");
    const sync = (signingKey: string) =>
      put(signedRequest({ url, method: "PUT", body: { url: url.href }, signingKey, headers: { "x-inngest-sync-kind": "in_band" } }) as never, undefined as never);

    const refused = await sync("signkey-test-00000000000000000000000000000000");
    expect(refused.ok).toBe(false);
    expect(await db.prisma.jobAppSync.count()).toBe(0);

    expect((await sync(localSigningKey())).status).toBe(200);
    const row = await db.prisma.jobAppSync.findUniqueOrThrow({ where: { appId: "test-app" } });
    expect(row.kind).toBe("in_band");
    expect(Date.now() - row.syncedAt.getTime()).toBeLessThan(60_000);
  });
});
