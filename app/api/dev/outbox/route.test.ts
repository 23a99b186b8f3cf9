import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { requestPasswordReset } from "@/lib/auth/reset-password";
import { env } from "@/lib/env";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { GET as readDevOutbox } from "./route";

let db: TestDatabase;
const saved = { NODE_ENV: env.NODE_ENV, DEV_OUTBOX_API: env.DEV_OUTBOX_API, SMTP_URL: env.SMTP_URL, MAIL_TRANSPORT: env.MAIL_TRANSPORT };
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterEach(() => {
  Object.assign(env, saved);
});
afterAll(() => db?.drop());

describe("GET /api/dev/outbox", () => {
  const get = (to: string) => readDevOutbox(new NextRequest(`http://localhost/api/dev/outbox?to=${encodeURIComponent(to)}`), { params: Promise.resolve({}) });

  test("answers 404 whenever NODE_ENV=production, whatever DEV_OUTBOX_API says", async () => {
    const { user } = await createTestWorkspace("OWNER");
    await requestPasswordReset(user.email);
    Object.assign(env, { NODE_ENV: "test", DEV_OUTBOX_API: true, SMTP_URL: undefined, MAIL_TRANSPORT: undefined });
    expect((await get(user.email)).status).toBe(200);
    Object.assign(env, { NODE_ENV: "production" });
    const res = await get(user.email);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    Object.assign(env, { NODE_ENV: "production", MAIL_TRANSPORT: "outbox" });
    expect((await get(user.email)).status).toBe(404);
  });
});
