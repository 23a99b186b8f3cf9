import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Workspace } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { setWorkspacePlan } from "@/lib/billing/testing/set-workspace-plan";
import { prisma } from "@/lib/db/prisma";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { generateApiKey } from "@/lib/api-keys/generate-api-key";
import { SESSION_COOKIE, WORKSPACE_COOKIE } from "./auth-secret";
import { encodeSessionToken } from "./session-token";
import { createUserSession } from "./user-session";
import { seedUser, seedWorkspace } from "./testing/seed-user";
import { withWorkspace } from "./with-workspace";
import type { Permission } from "./permissions";

const route = (permission: Permission) =>
  withWorkspace<{ workspaceId?: string }>(
    ({ workspace, membership, actor, requestId }) => Response.json({ workspaceId: workspace.id, role: membership?.role ?? null, actor: actor.type, requestId }),
    { permission },
  );

async function call(handler: ReturnType<typeof route>, init: { cookie?: string; headers?: Record<string, string>; params?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  const res = await handler(new NextRequest("http://localhost/api/things", { headers }), { params: Promise.resolve(init.params ?? {}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; details?: unknown } } };
}

async function sessionCookie(userId: string, extra: { mfaRequired?: boolean } = {}) {
  const session = await createUserSession({ userId, method: "password", mfaRequired: extra.mfaRequired ?? false });
  return `${SESSION_COOKIE}=${await encodeSessionToken(session.id, 3600)}`;
}

/** A key created by a member of the workspace (OWNER unless told), as createApiKey would store it. */
async function seedKey(workspaceId: string, scopes: Permission[], extra: { revokedAt?: Date; expiresAt?: Date } = {}, role: Role = "OWNER") {
  const creator = await seedUser({ workspaceId, role });
  const { key, prefix, keyHash } = generateApiKey();
  const row = await prisma.apiKey.create({ data: { workspaceId, name: "test", prefix, keyHash, scopes, createdById: creator.id, ...extra } });
  return { key, row, creator };
}

describe("withWorkspace", () => {
  let db: TestDatabase;
  let a: Workspace;
  let b: Workspace;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    a = await seedWorkspace("A");
    b = await seedWorkspace("B");
    // API keys need a plan with API access (Free has none).
    await setWorkspacePlan(a.id, "PRO");
    await setWorkspacePlan(b.id, "PRO");
  });
  afterAll(() => db.drop());

  test("401 without a session or key, and with a dead session", async () => {
    expect((await call(route("crm.read"))).status).toBe(401);
    const user = await seedUser({ workspaceId: a.id });
    const session = await createUserSession({ userId: user.id, method: "password", mfaRequired: false });
    await prisma.userSession.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    const res = await call(route("crm.read"), { cookie: `${SESSION_COOKIE}=${await encodeSessionToken(session.id, 3600)}` });
    expect(res.status).toBe(401);
    expect(res.body.error?.code).toBe("unauthorized");
  });

  test("a member reaches their workspace: by header, route param, cookie, lastWorkspaceId or first membership", async () => {
    const user = await seedUser({ workspaceId: a.id, role: "MEMBER" });
    await prisma.membership.create({ data: { workspaceId: b.id, userId: user.id, role: "VIEWER" } });
    const cookie = await sessionCookie(user.id);
    const res = await call(route("crm.read"), { cookie, headers: { "x-workspace-id": b.id } });
    expect(res.body).toMatchObject({ workspaceId: b.id, role: "VIEWER", actor: "user" });
    expect((await call(route("crm.read"), { cookie, params: { workspaceId: b.id } })).body.workspaceId).toBe(b.id);
    expect((await call(route("crm.read"), { cookie: `${cookie}; ${WORKSPACE_COOKIE}=${b.id}` })).body.workspaceId).toBe(b.id);
    expect((await call(route("crm.read"), { cookie })).body.workspaceId).toBe(a.id);
    await prisma.user.update({ where: { id: user.id }, data: { lastWorkspaceId: b.id } });
    expect((await call(route("crm.read"), { cookie })).body.workspaceId).toBe(b.id);
    // A cookie naming a workspace they do not belong to is ignored, not trusted.
    const c = await seedWorkspace("C");
    expect((await call(route("crm.read"), { cookie: `${cookie}; ${WORKSPACE_COOKIE}=${c.id}` })).body.workspaceId).toBe(b.id);
  });

  test("another workspace's id is a 404 (never 403); a missing permission is a 403", async () => {
    const user = await seedUser({ workspaceId: a.id, role: "VIEWER" });
    const cookie = await sessionCookie(user.id);
    const other = await call(route("crm.read"), { cookie, headers: { "x-workspace-id": b.id } });
    expect(other.status).toBe(404);
    expect(other.body.error?.code).toBe("not_found");
    expect((await call(route("crm.read"), { cookie, params: { workspaceId: b.id } })).status).toBe(404);
    expect((await call(route("crm.read"), { cookie, headers: { "x-workspace-id": "does-not-exist" } })).status).toBe(404);
    const denied = await call(route("crm.write"), { cookie });
    expect(denied.status).toBe(403);
    expect(denied.body.error?.code).toBe("forbidden");
  });

  test("a session owing its second factor is refused (defence in depth behind the proxy)", async () => {
    const user = await seedUser({ workspaceId: a.id, role: "OWNER" });
    await prisma.user.update({ where: { id: user.id }, data: { mfaEnabledAt: new Date() } });
    const res = await call(route("crm.read"), { cookie: await sessionCookie(user.id, { mfaRequired: true }) });
    expect(res.status).toBe(401);
    expect(res.body.error?.details).toEqual({ reason: "mfa_required" });
  });

  test("a workspace requiring MFA refuses members without it; unverified users cannot invite", async () => {
    const strict = await prisma.workspace.create({ data: { name: "Strict", slug: `strict-${Date.now()}`, requireMfa: true } });
    const user = await seedUser({ workspaceId: strict.id, role: "ADMIN", verified: false });
    const cookie = await sessionCookie(user.id);
    const res = await call(route("crm.read"), { cookie, headers: { "x-workspace-id": strict.id } });
    expect(res.status).toBe(403);
    expect(res.body.error?.details).toEqual({ reason: "mfa_enrolment_required" });

    await prisma.workspace.update({ where: { id: strict.id }, data: { requireMfa: false } });
    expect((await call(route("crm.read"), { cookie, headers: { "x-workspace-id": strict.id } })).status).toBe(200);
    const invite = await call(route("members.invite"), { cookie, headers: { "x-workspace-id": strict.id } });
    expect(invite.status).toBe(403);
    expect(invite.body.error?.details).toEqual({ reason: "email_unverified" });
  });

  test("API keys: scoped to their workspace and permissions; revoked, expired or unknown keys get 401", async () => {
    const { key, row } = await seedKey(a.id, ["crm.read"]);
    const bearer = (k: string) => ({ authorization: `Bearer ${k}` });
    const ok = await call(route("crm.read"), { headers: bearer(key) });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ workspaceId: a.id, role: null, actor: "api_key" });
    expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: row.id } })).lastUsedAt).toBeInstanceOf(Date);

    const scope = await call(route("crm.write"), { headers: bearer(key) });
    expect(scope.status).toBe(403);
    expect((await call(route("crm.read"), { headers: { ...bearer(key), "x-workspace-id": b.id } })).status).toBe(404);

    const revoked = await seedKey(a.id, ["crm.read"], { revokedAt: new Date() });
    const expired = await seedKey(a.id, ["crm.read"], { expiresAt: new Date(Date.now() - 1000) });
    for (const k of [revoked.key, expired.key, generateApiKey().key, "fk_live_short", "not-a-key"]) {
      const res = await call(route("crm.read"), { headers: bearer(k) });
      expect(res.status, k).toBe(401);
      expect(res.body.error?.code).toBe("unauthorized");
    }
    expect((await call(route("crm.read"), { headers: { authorization: "Basic Zm9vOmJhcg==" } })).status).toBe(401);
  });

  test("API keys act with their creator's current authority: removed -> 401 at once, admin -> member -> admin scope 403", async () => {
    const bearer = (k: string) => ({ authorization: `Bearer ${k}` });
    const { key, creator } = await seedKey(a.id, ["crm.read", "members.invite"], {}, "ADMIN");
    expect((await call(route("members.invite"), { headers: bearer(key) })).status).toBe(200);
    await prisma.membership.update({ where: { workspaceId_userId: { workspaceId: a.id, userId: creator.id } }, data: { role: "MEMBER" } });
    const narrowed = await call(route("members.invite"), { headers: bearer(key) });
    expect(narrowed.status).toBe(403);
    expect(narrowed.body.error?.details).toMatchObject({ reason: "creator_role" });
    expect((await call(route("crm.read"), { headers: bearer(key) })).status).toBe(200);

    await prisma.membership.delete({ where: { workspaceId_userId: { workspaceId: a.id, userId: creator.id } } });
    const removed = await call(route("crm.read"), { headers: bearer(key) });
    expect(removed.status).toBe(401);
    expect(removed.body.error).toMatchObject({ code: "unauthorized", details: { reason: "creator_removed" } });
  });

  test("a Free workspace's keys are refused with the plan-limit 403 naming the plan and /billing", async () => {
    const free = await seedWorkspace("Free");
    const { key } = await seedKey(free.id, ["crm.read"]);
    const res = await call(route("crm.read"), { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: "forbidden", details: { reason: "plan_limit", resource: "api_access", plan: "Free", billingUrl: "/billing" } });
  });

  test("generated keys have the agreed format", () => {
    const { key, prefix, keyHash } = generateApiKey();
    expect(key).toMatch(/^fk_live_[0-9A-Za-z]{32}$/);
    expect(prefix).toBe(key.slice(0, 12));
    expect(keyHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
