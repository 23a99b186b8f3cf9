/**
 * The bad inputs of issue 11 that answered 500 (or a truncated 200), each sent
 * to the real route against a real Postgres: every one must now be a 4xx with
 * the stable error shape. lib/testing/bad-input.test.ts sends the same kinds
 * of input to every route it discovers; these pin the exact cases reported.
 */
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SESSION_COOKIE, WORKSPACE_COOKIE } from "@/lib/auth/auth-secret";
import { encodeSessionToken } from "@/lib/auth/session-token";
import { prisma } from "@/lib/db/prisma";
import { receiveGmailPush } from "@/lib/gmail/receive-gmail-push";
import { localSigningKey } from "@/lib/jobs/local-signing-key";
import { signRequestBody } from "@/lib/jobs/sign-request";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { absolute } from "@/lib/testing/discover-entrypoints";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";

type Handler = (req: NextRequest, ctx: { params: Promise<unknown> }) => Promise<Response>;
type RouteModule = Record<"GET" | "POST" | "PUT", Handler>;
// lib/ may not import app/ statically (lint): the routes are loaded by path, as the generated tests do.
const route = (file: string) => import(/* @vite-ignore */ absolute(file)) as Promise<RouteModule>;
let contacts: RouteModule;
let auditLog: RouteModule;
let auditExport: RouteModule;
let inngestRoute: RouteModule;
let documents: RouteModule;

let db: TestDatabase;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  [contacts, auditLog, auditExport, inngestRoute, documents] = (await Promise.all(
    ["app/api/v1/crm/contacts/route.ts", "app/api/v1/audit-log/route.ts", "app/api/audit-log/export/route.ts", "app/api/inngest/route.ts", "app/api/knowledge/documents/route.ts"].map(route),
  )) as [RouteModule, RouteModule, RouteModule, RouteModule, RouteModule];
  const { user, workspace } = await createTestWorkspace("OWNER");
  await prisma.auditLog.create({ data: { workspaceId: workspace.id, actorUserId: user.id, action: "member.invited", targetType: "x" } });
  const session = await prisma.userSession.create({ data: { userId: user.id, method: "password", expiresAt: new Date(Date.now() + 3600_000), reauthAt: new Date() } });
  cookie = `${SESSION_COOKIE}=${await encodeSessionToken(session.id, 3600)}; ${WORKSPACE_COOKIE}=${workspace.id}`;
}, 240_000);
afterAll(() => db?.drop());

async function call(handler: unknown, url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers({ cookie, accept: "application/json", ...init.headers });
  if (init.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  const res = await (handler as Handler)(new NextRequest(`http://localhost${url}`, { method: init.method ?? "GET", headers, body: init.body }), { params: Promise.resolve({}) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: (() => { try { return JSON.parse(text) as { error?: { code: string; message: string; requestId: string } }; } catch { return null; } })() };
}

function expectErrorShape(r: Awaited<ReturnType<typeof call>>, status: number | [number, number]) {
  const [lo, hi] = Array.isArray(status) ? status : [status, status];
  expect(r.status, r.text.slice(0, 300)).toBeGreaterThanOrEqual(lo);
  expect(r.status, r.text.slice(0, 300)).toBeLessThanOrEqual(hi);
  expect(r.json?.error, r.text.slice(0, 300)).toMatchObject({ code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

describe("bad input that used to be a 500", () => {
  test("a NUL byte in a string field is a 422 from the shared string type, and nothing is stored", async () => {
    const r = await call(contacts.POST, "/api/v1/crm/contacts", { method: "POST", body: JSON.stringify({ name: "Ada\u0000Lovelace", tags: ["x\u0000"] }) });
    expectErrorShape(r, 422);
    expect(r.text).toContain("NUL");
    expect(await prisma.contact.count()).toBe(0);
    expectErrorShape(await call(contacts.GET, "/api/v1/crm/contacts?tag=a%00b"), 422);
  });

  test("an uploaded text file with a NUL past its first 8 KB is refused as not plain text, not stored", async () => {
    const form = new FormData();
    form.set("file", new File([`${"hours: 9-5\n".repeat(1000)}\u0000tail`], "hours.txt", { type: "text/plain" }));
    const req = new NextRequest("http://localhost/api/knowledge/documents", { method: "POST", headers: { cookie, accept: "application/json" }, body: form });
    const res = await documents.POST(req, { params: Promise.resolve({}) });
    const text = await res.text();
    expect(res.status, text).toBe(415);
    expect(JSON.parse(text)).toMatchObject({ error: { code: "unsupported_media_type", requestId: expect.any(String) } });
    expect(await prisma.knowledgeDocument.count()).toBe(0);
  });

  test("keyset cursors of the wrong type for their sort are 400, as is cursor=%00", async () => {
    expect(b64([5, "x"])).toBe("WzUsIngiXQ");
    for (const [sort, cursor] of [
      ["name", "WzUsIngiXQ"],
      ["name", b64([{ $gt: 1 }, "x"])],
      ["leadScore", b64(["high", "x"])],
      ["leadScore", b64([1e300, "x"])],
      ["updatedAt", b64(["2026-13-45T00:00:00Z", "x"])],
      ["updatedAt", b64([5, "x"])],
      ["createdAt", b64(["2026-01-01T00:00:00Z", "id\u0000"])],
      ["name", b64(["a", 7])],
      ["name", b64(["a"])],
    ]) {
      const r = await call(contacts.GET, `/api/v1/crm/contacts?sort=${sort}&cursor=${cursor}`);
      expectErrorShape(r, 400);
    }
    expectErrorShape(await call(contacts.GET, "/api/v1/crm/contacts?cursor=%00"), [400, 422]);
    // A cursor the API itself handed out still works.
    expect((await call(contacts.GET, `/api/v1/crm/contacts?sort=name&cursor=${b64(["Ada", "c1"])}`)).status).toBe(200);
    expect((await call(contacts.GET, `/api/v1/crm/contacts?sort=leadScore&cursor=${b64([null, "c1"])}`)).status).toBe(200);
  });

  test("impossible dates on the audit log are 4xx, and the CSV export refuses them before streaming", async () => {
    expectErrorShape(await call(auditLog.GET, "/api/v1/audit-log?from=2026-13-45"), [400, 422]);
    expectErrorShape(await call(auditLog.GET, "/api/v1/audit-log?to=2026-02-30"), [400, 422]);
    const exported = await call(auditExport.GET, "/api/audit-log/export?from=2026-13-45");
    expectErrorShape(exported, [400, 422]);
    expect(exported.headers.get("content-type")).toContain("application/json");
    const fine = await call(auditExport.GET, "/api/audit-log/export?from=2020-01-01");
    expect(fine.status).toBe(200);
    expect(fine.text.trimEnd().split("\r\n")).toHaveLength(2);
  });

  test("a Gmail push whose historyId overflows a bigint is a 400 (Pub/Sub would redeliver a 5xx forever)", async () => {
    for (const historyId of ["99999999999999999999", "9223372036854775808"]) {
      const data = Buffer.from(JSON.stringify({ emailAddress: "owner@push.test", historyId })).toString("base64");
      const body = JSON.stringify({ message: { data, messageId: `m-${historyId}` }, subscription: "projects/p/subscriptions/s" });
      await expect(receiveGmailPush(body)).rejects.toMatchObject({ code: "bad_request", status: 400 });
    }
    expect(await prisma.mailPushReceipt.count()).toBe(0);
  });

  test("malformed JSON to /api/inngest is a 400 with the error shape, signed or not; signature checks still apply", async () => {
    const body = '{"event": nope';
    const unsigned = await call(inngestRoute.POST, "/api/inngest?fnId=fikiri-demo-flaky-step&stepId=step", { method: "POST", body });
    expectErrorShape(unsigned, 400);
    const signature = signRequestBody(body, localSigningKey(), new Date());
    expectErrorShape(await call(inngestRoute.POST, "/api/inngest?fnId=fikiri-demo-flaky-step&stepId=step", { method: "POST", body, headers: { "x-inngest-signature": signature } }), 400);
    expectErrorShape(await call(inngestRoute.PUT, "/api/inngest", { method: "PUT", body: "{nope" }), 400);
    const wellFormedUnsigned = await call(inngestRoute.POST, "/api/inngest?fnId=fikiri-demo-flaky-step&stepId=step", { method: "POST", body: "{}" });
    expect(wellFormedUnsigned.status).toBe(401);
  });
});

describe("a database connection killed mid-request", () => {
  test("answers 503 with Retry-After and the error shape, not 500", async () => {
    const locker = new pg.Client({ connectionString: db.url });
    const admin = new pg.Client({ connectionString: db.url });
    await Promise.all([locker.connect(), admin.connect()]);
    try {
      // Hold a lock the audit-log query waits on, then terminate the backend that waits (as a failover or restart would).
      await locker.query("BEGIN");
      await locker.query('LOCK TABLE "AuditLog" IN ACCESS EXCLUSIVE MODE');
      const pending = call(auditLog.GET, "/api/v1/audit-log");
      const dbName = new URL(db.url).pathname.slice(1);
      let killed = 0;
      for (let i = 0; i < 200 && killed === 0; i++) {
        await new Promise((r) => setTimeout(r, 25));
        const res = await admin.query<{ killed: boolean }>(
          "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
          [dbName],
        );
        killed = res.rows.filter((r) => r.killed).length;
      }
      expect(killed).toBe(1);
      const r = await pending;
      expectErrorShape(r, 503);
      expect(r.json?.error?.code).toBe("unavailable");
      expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await locker.query("ROLLBACK").catch(() => undefined);
      await Promise.all([locker.end(), admin.end()]);
    }
    // The pool recovers: the next request is served.
    expect((await call(auditLog.GET, "/api/v1/audit-log")).status).toBe(200);
  });
});
