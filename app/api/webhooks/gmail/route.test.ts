import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { POST } from "./route";
import { env } from "@/lib/env";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import type { TestDatabase } from "@/lib/testing/test-database";

const AUDIENCE = "https://app.test/api/webhooks/gmail";
const ACCOUNT = "gmail-push@fikiri-test.iam.gserviceaccount.com";
const USER = "owner@webhook.test";

let db: TestDatabase;
let sandbox: GmailSandbox;
let stranger: GmailSandbox;

function pushBody(messageId: string, data: unknown = { emailAddress: USER, historyId: 1006196 }) {
  const encoded = typeof data === "string" ? data : Buffer.from(JSON.stringify(data)).toString("base64");
  return JSON.stringify({ message: { data: encoded, messageId, message_id: messageId, publishTime: "2023-04-24T11:31:42.877Z" }, subscription: "projects/p/subscriptions/gmail" });
}

async function post(body: string, token: string | null): Promise<{ status: number; json: { error?: { code: string; message: string; requestId: string }; duplicate?: boolean } }> {
  const headers = new Headers({ "content-type": "application/json" });
  if (token !== null) headers.set("authorization", `Bearer ${token}`);
  const res = await POST(new NextRequest("http://localhost/api/webhooks/gmail", { method: "POST", headers, body }), { params: Promise.resolve({}) });
  return { status: res.status, json: (await res.json()) as never };
}

async function state() {
  const [receipts, events] = await Promise.all([db.prisma.mailPushReceipt.count(), db.prisma.jobEvent.findMany({ where: { name: "gmail/push.received" } })]);
  return { receipts, events: events.length, data: events.map((e) => e.data) };
}

beforeAll(async () => {
  db = await openJobsTestDatabase();
  sandbox = await startGmailSandbox({ pushAudience: AUDIENCE, pushServiceAccount: ACCOUNT });
  stranger = await startGmailSandbox({ pushAudience: AUDIENCE, pushServiceAccount: ACCOUNT });
  Object.assign(env, { GMAIL_PUSH_JWKS_URL: sandbox.jwksUrl, GMAIL_PUSH_AUDIENCE: AUDIENCE, GMAIL_PUSH_SERVICE_ACCOUNT: ACCOUNT });
});
afterAll(async () => {
  await Promise.all([sandbox?.stop(), stranger?.stop()]);
  await db?.drop();
});
beforeEach(async () => {
  await db.prisma.mailPushReceipt.deleteMany();
  await db.prisma.jobEvent.deleteMany();
});

describe("POST /api/webhooks/gmail", () => {
  test("a verified push is acknowledged and becomes one gmail/push.received event; historyId as number or string", async () => {
    const first = await post(pushBody("1001"), await sandbox.signPushToken());
    expect(first).toMatchObject({ status: 200, json: { duplicate: false } });
    const second = await post(pushBody("1002", { emailAddress: USER.toUpperCase(), historyId: "1006200" }), await sandbox.signPushToken());
    expect(second.status).toBe(200);
    const s = await state();
    expect(s).toMatchObject({ receipts: 2, events: 2 });
    expect(s.data).toEqual(expect.arrayContaining([expect.objectContaining({ emailAddress: USER, historyId: "1006196" }), expect.objectContaining({ emailAddress: USER, historyId: "1006200" })]));
  });

  test("a push body in Pub/Sub's documented shape (snake_case duplicates, attributes) is accepted", async () => {
    const data = Buffer.from(JSON.stringify({ emailAddress: USER, historyId: 4120 })).toString("base64");
    const message = { attributes: {}, data, messageId: "3301", message_id: "3301", publishTime: "2026-11-30T09:15:02.114Z", publish_time: "2026-11-30T09:15:02.114Z" };
    const body = JSON.stringify({ message, subscription: "projects/fikiri-test/subscriptions/gmail-push", deliveryAttempt: 1 });
    expect((await post(body, await sandbox.signPushToken())).status).toBe(200);
    expect((await state()).data).toEqual([expect.objectContaining({ emailAddress: USER, historyId: "4120" })]);
  });

  test("a redelivered push (same messageId), even concurrently, sends no second event", async () => {
    const token = await sandbox.signPushToken();
    const results = await Promise.all(Array.from({ length: 5 }, () => post(pushBody("2001"), token)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(results.filter((r) => r.json.duplicate === false)).toHaveLength(1);
    expect(await state()).toMatchObject({ receipts: 1, events: 1 });
  });

  const now = () => Math.floor(Date.now() / 1000);
  const rejections: [string, () => Promise<string | null>, number][] = [
    ["no token", async () => null, 401],
    ["a token that is not a JWT", async () => "not-a-jwt", 401],
    ["an expired token", () => sandbox.signPushToken({}, { issuedAt: now() - 7200, expiresInSeconds: 3600 }), 401],
    ["a token signed by another key", () => stranger.signPushToken(), 401],
    ["a token from another issuer", () => sandbox.signPushToken({ iss: "https://evil.example" }), 401],
    ["a token for another audience", () => sandbox.signPushToken({ aud: "https://other.example/push" }), 403],
    ["a token of another service account", () => sandbox.signPushToken({ email: "attacker@evil.iam.gserviceaccount.com" }), 403],
    ["a token whose email is not verified", () => sandbox.signPushToken({ email_verified: false }), 403],
  ];
  for (const [label, token, status] of rejections) {
    test(`rejects ${label} with ${status} and changes nothing`, async () => {
      const res = await post(pushBody(`bad-${label}`), await token());
      expect(res.status).toBe(status);
      expect(res.json.error).toMatchObject({ code: status === 401 ? "unauthorized" : "forbidden", message: expect.any(String), requestId: expect.any(String) });
      expect(await state()).toMatchObject({ receipts: 0, events: 0 });
    });
  }

  const malformed: [string, string][] = [
    ["invalid JSON", "{nope"],
    ["a JSON array", "[1,2]"],
    ["no message", JSON.stringify({ subscription: "x" })],
    ["no messageId", JSON.stringify({ message: { data: Buffer.from(JSON.stringify({ emailAddress: USER, historyId: 1 })).toString("base64") } })],
    ["data that is not base64 JSON", pushBody("3001", "%%%not base64%%%")],
    ["data without a historyId", pushBody("3002", { emailAddress: USER })],
    ["a negative historyId", pushBody("3003", { emailAddress: USER, historyId: -5 })],
    ["a historyId that is not a number", pushBody("3004", { emailAddress: USER, historyId: "12abc" })],
    ["an emailAddress that is not one", pushBody("3005", { emailAddress: "nobody", historyId: 5 })],
    ["a body over 64 KiB", JSON.stringify({ message: { data: "A".repeat(70_000), messageId: "3006" } })],
  ];
  for (const [label, body] of malformed) {
    test(`answers a verified push with ${label} with a 4xx and changes nothing`, async () => {
      const res = await post(body, await sandbox.signPushToken());
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.json.error).toMatchObject({ code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
      expect(await state()).toMatchObject({ receipts: 0, events: 0 });
    });
  }
});
