import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { z } from "@/lib/validation/zod";
import type { Workspace } from "@/generated/prisma/client";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { SESSION_COOKIE } from "./auth-secret";
import { encodeSessionToken } from "./session-token";
import { createUserSession } from "./user-session";
import { seedUser, seedWorkspace } from "./testing/seed-user";

// Server actions read the request through next/headers; here it is a plain cookie jar.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined), set: (name: string, value: string) => jar.set(name, value) }),
  headers: async () => new Headers({ "user-agent": "vitest", "x-forwarded-for": "192.0.2.1" }),
}));

const { workspaceAction } = await import("./with-workspace");
const { userAction } = await import("./user-action");

async function signInAs(userId: string, mfaRequired = false) {
  const session = await createUserSession({ userId, method: "password", mfaRequired });
  jar.set(SESSION_COOKIE, await encodeSessionToken(session.id, 3600));
}

const rename = workspaceAction("workspace.update", z.object({ workspaceId: z.string().optional(), name: z.string().min(1, "Enter a name.") }), async ({ name }, { workspace, membership }) => ({
  workspaceId: workspace.id,
  role: membership?.role,
  name,
}));
const whoAmI = userAction("who_am_i", z.object({}), async (_input, { user }) => user.email);
const challenge = userAction("challenge", z.object({}), async (_input, { session }) => session.id, { allowMfaPending: true });

describe("server action wrappers", () => {
  let db: TestDatabase;
  let a: Workspace;
  let b: Workspace;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    a = await seedWorkspace("A");
    b = await seedWorkspace("B");
  });
  afterAll(() => db.drop());
  beforeEach(() => jar.clear());

  test("signed out: unauthorized, in the stable error shape", async () => {
    const result = await rename({ name: "x" });
    expect(result).toMatchObject({ ok: false, error: { code: "unauthorized", requestId: expect.stringMatching(/^req_/) } });
    expect(await whoAmI({})).toMatchObject({ ok: false, error: { code: "unauthorized" } });
  });

  test("workspaceAction: current workspace, other workspace → not_found, missing permission → forbidden, bad input → validation_failed", async () => {
    const admin = await seedUser({ workspaceId: a.id, role: "ADMIN" });
    await signInAs(admin.id);
    expect(await rename({ name: "New name" })).toEqual({ ok: true, data: { workspaceId: a.id, role: "ADMIN", name: "New name" } });
    expect(await rename({ workspaceId: b.id, name: "x" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    const invalid = await rename({ name: "" });
    expect(invalid).toMatchObject({ ok: false, error: { code: "validation_failed", message: "Enter a name.", details: [{ path: "name", message: "Enter a name." }] } });

    const viewer = await seedUser({ workspaceId: a.id, role: "VIEWER" });
    await signInAs(viewer.id);
    expect(await rename({ name: "x" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  test("userAction refuses a session owing its second factor, except where allowed (the challenge)", async () => {
    const user = await seedUser();
    const { prisma } = await import("@/lib/db/prisma");
    await prisma.user.update({ where: { id: user.id }, data: { mfaEnabledAt: new Date() } });
    await signInAs(user.id, true);
    expect(await whoAmI({})).toMatchObject({ ok: false, error: { code: "unauthorized", details: { reason: "mfa_required" } } });
    expect(await challenge({})).toMatchObject({ ok: true });
  });
});
