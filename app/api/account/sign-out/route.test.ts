import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/auth-secret";
import { encodeSessionToken } from "@/lib/auth/session-token";
import { seedUser } from "@/lib/auth/testing/seed-user";
import { createUserSession } from "@/lib/auth/user-session";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { POST as signOut } from "./route";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

async function signedIn() {
  const user = await seedUser();
  const session = await createUserSession({ userId: user.id, method: "password", mfaRequired: false });
  return { session, cookie: `${SESSION_COOKIE}=${await encodeSessionToken(session.id, 3600)}` };
}

const post = (headers: Record<string, string>) =>
  signOut(new NextRequest("http://localhost/api/account/sign-out", { method: "POST", headers: { accept: "application/json", ...headers } }), { params: Promise.resolve({}) });

describe("POST /api/account/sign-out", () => {
  test("a cross-site request is refused with 403 and the error shape; the session survives", async () => {
    const { session, cookie } = await signedIn();
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example" },
      { "sec-fetch-site": "same-site", origin: "https://sub.localhost" },
    ];
    for (const headers of attempts) {
      const res = await post({ cookie, ...headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: "forbidden", details: { reason: "cross_site_request" } } });
      expect(res.headers.get("set-cookie") ?? "").not.toContain(SESSION_COOKIE);
    }
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).toBeNull();
  });

  test("the app's own origin signs out: the row is revoked and the cookie cleared", async () => {
    const { session, cookie } = await signedIn();
    const res = await post({ cookie, origin: new URL(env.APP_URL).origin, "sec-fetch-site": "same-origin" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ signedOut: true });
    expect(res.headers.get("set-cookie")).toContain(`${SESSION_COOKIE}=;`);
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
  });
});
