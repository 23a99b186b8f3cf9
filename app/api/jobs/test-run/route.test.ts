import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import type { Permission } from "@/lib/auth/permissions";
import { SESSION_COOKIE, WORKSPACE_COOKIE } from "@/lib/auth/auth-secret";
import { encodeSessionToken } from "@/lib/auth/session-token";
import { seedUser, seedWorkspace } from "@/lib/auth/testing/seed-user";
import { createUserSession } from "@/lib/auth/user-session";
import { generateApiKey } from "@/lib/api-keys/generate-api-key";
import { setWorkspacePlan } from "@/lib/billing/testing/set-workspace-plan";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { POST as testRun } from "./route";

let db: TestDatabase;
const saved = { NODE_ENV: env.NODE_ENV, JOBS_DEMO_FUNCTION: env.JOBS_DEMO_FUNCTION };
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterEach(() => {
  Object.assign(env, saved);
  vi.unstubAllEnvs();
});
afterAll(() => db.drop());

const call = (headers: Record<string, string>) =>
  testRun(new NextRequest("http://localhost/api/jobs/test-run", { method: "POST", headers }), { params: Promise.resolve({}) });

async function admin() {
  const workspace = await seedWorkspace("Jobs");
  await setWorkspacePlan(workspace.id, "PRO");
  const user = await seedUser({ workspaceId: workspace.id, role: "ADMIN" });
  const session = await createUserSession({ userId: user.id, method: "password", mfaRequired: false });
  return { workspace, user, cookie: `${SESSION_COOKIE}=${await encodeSessionToken(session.id, 3600)}; ${WORKSPACE_COOKIE}=${workspace.id}` };
}

async function keyWith(workspaceId: string, creatorId: string, scopes: Permission[]) {
  const { key, prefix, keyHash } = generateApiKey();
  await prisma.apiKey.create({ data: { workspaceId, name: "jobs", prefix, keyHash, scopes, createdById: creatorId } });
  return key;
}

describe("POST /api/jobs/test-run", () => {
  test("starting a job is a write: a key that may only read jobs is refused; an admin session may", async () => {
    const { workspace, user, cookie } = await admin();
    const readOnly = await keyWith(workspace.id, user.id, ["jobs.read"]);
    const res = await call({ authorization: `Bearer ${readOnly}` });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: "forbidden" } });
    expect((await call({ cookie, "sec-fetch-site": "same-origin" })).status).toBe(202);
  });

  test("a production server has no demo job: 404 unless JOBS_DEMO_FUNCTION=1", async () => {
    const { workspace, user } = await admin();
    const headers = { authorization: `Bearer ${await keyWith(workspace.id, user.id, ["workspace.update"])}` };
    expect((await call(headers)).status).toBe(202);
    Object.assign(env, { NODE_ENV: "production", JOBS_DEMO_FUNCTION: false });
    const res = await call(headers);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    Object.assign(env, { JOBS_DEMO_FUNCTION: true });
    expect((await call(headers)).status).toBe(202);
  });

  test("the demo flaky-step function is registered outside production only", async () => {
    const ids = async () => {
      vi.resetModules();
      const { functions } = await import("@/inngest");
      return functions.map((f) => f.id());
    };
    expect(await ids()).toContain("demo-flaky-step");
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "x".repeat(40));
    vi.stubEnv("ENCRYPTION_KEYS", `k1:${Buffer.alloc(32, 3).toString("base64")}`);
    vi.stubEnv("MAIL_TRANSPORT", "outbox");
    const production = await ids();
    expect(production).not.toContain("demo-flaky-step");
    expect(production).toContain("run-automations");
    vi.stubEnv("JOBS_DEMO_FUNCTION", "1");
    expect(await ids()).toContain("demo-flaky-step");
  });
});
