import { randomInt } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/prisma";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { SESSION_COOKIE } from "@/lib/auth/auth-secret";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { seedUser, TEST_PASSWORD } from "@/lib/auth/testing/seed-user";
import { POST as signIn } from "./route";
import { POST as signOut } from "../sign-out/route";
import { GET as outbox } from "../../dev/outbox/route";

// As behind one load balancer: it appends the address it saw to whatever X-Forwarded-For the client sent.
Object.assign(env, { TRUSTED_PROXY_HOPS: 1 });
const ip = `10.${randomInt(255)}.${randomInt(255)}.${randomInt(255)}`;
const post = (body: unknown, clientSent?: string) =>
  signIn(
    new NextRequest("http://localhost/api/account/sign-in", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", "x-forwarded-for": clientSent ? `${clientSent}, ${ip}` : ip, "user-agent": "vitest-agent" },
    }),
    { params: Promise.resolve({}) },
  );

describe("POST /api/account/sign-in and /api/account/sign-out", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
  });
  afterAll(() => db.drop());

  test("right password: a session row and a cookie carrying only its id; sign-out revokes the row", async () => {
    const user = await seedUser();
    const res = await post({ email: user.email.toUpperCase(), password: TEST_PASSWORD, next: "//evil.example" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ next: "/inbox", mfaRequired: false });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toContain(`${SESSION_COOKIE}=`);
    expect(cookie.toLowerCase()).toContain("httponly");
    const token = cookie.split(";")[0]!.split("=")[1]!;
    const sid = await decodeSessionToken(token);
    const row = await prisma.userSession.findUniqueOrThrow({ where: { id: sid! } });
    expect(row).toMatchObject({ userId: user.id, method: "password", ip, userAgent: "vitest-agent", revokedAt: null });

    const out = await signOut(
      new NextRequest("http://localhost/api/account/sign-out", { method: "POST", headers: { cookie: `${SESSION_COOKIE}=${token}`, accept: "application/json" } }),
      { params: Promise.resolve({}) },
    );
    expect(out.status).toBe(200);
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: sid! } })).revokedAt).toBeInstanceOf(Date);
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: { in: ["auth.sign_in", "auth.sign_out"] } } })).toBe(2);
  });

  test("a user with MFA is sent to the challenge", async () => {
    const user = await seedUser();
    await prisma.user.update({ where: { id: user.id }, data: { mfaEnabledAt: new Date() } });
    const res = await post({ email: user.email, password: TEST_PASSWORD, next: "/crm" });
    expect(await res.json()).toEqual({ next: "/mfa?next=%2Fcrm", mfaRequired: true });
  });

  test("wrong password is a 401; the sixth try is a 429 with Retry-After; bad input is a 4xx", async () => {
    const user = await seedUser();
    for (let i = 0; i < 5; i++) expect((await post({ email: user.email, password: "nope nope nope" })).status).toBe(401);
    const limited = await post({ email: user.email, password: TEST_PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/^Too many sign-in attempts/) });
    expect((await post({ email: 3 })).status).toBe(422);
  });

  test("a spoofed X-Forwarded-For does not escape the limit: the client's own (leftmost) entries are ignored", async () => {
    const user = await seedUser();
    for (let i = 0; i < 5; i++) expect((await post({ email: user.email, password: "nope nope nope" }, `6.6.6.${i}`)).status).toBe(401);
    expect((await post({ email: user.email, password: TEST_PASSWORD }, "6.6.6.99")).status).toBe(429);
    const failures = await prisma.auditLog.findMany({ where: { actorUserId: user.id, action: "auth.sign_in_failed" }, select: { ip: true } });
    expect(failures.map((f) => f.ip)).toEqual(Array(5).fill(ip));
  });

  test("the dev outbox route answers with the latest emails for an address (no SMTP, not production)", async () => {
    await prisma.outboxEmail.create({ data: { to: "reader@example.test", subject: "Hello", text: "Body" } });
    const res = await outbox(new NextRequest("http://localhost/api/dev/outbox?to=Reader@example.test"), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { emails: { subject: string }[] }).emails.map((e) => e.subject)).toEqual(["Hello"]);
    expect((await outbox(new NextRequest("http://localhost/api/dev/outbox?to=not-an-email"), { params: Promise.resolve({}) })).status).toBe(422);
  });
});
