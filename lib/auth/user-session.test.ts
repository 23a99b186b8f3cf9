import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { gateStateFor } from "./gate-state";
import { revokeSession, revokeUserSessions, rotateSession } from "./revoke-sessions";
import { decodeSessionToken, encodeSessionToken } from "./session-token";
import { createUserSession, isMfaPending, MFA_PENDING_TTL_MS, SESSION_TTL_MS, validateUserSession } from "./user-session";
import { startSession } from "./sign-in";
import { seedUser } from "./testing/seed-user";

describe("server-side sessions", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
  });
  afterAll(() => db.drop());

  test("the JWT carries only the session id and is tamper-evident", async () => {
    const token = await encodeSessionToken("sess_123", 60);
    expect(await decodeSessionToken(token)).toBe("sess_123");
    expect(await decodeSessionToken(`${token.slice(0, -3)}abc`)).toBeNull();
    expect(await decodeSessionToken("garbage")).toBeNull();
    expect(await decodeSessionToken(undefined)).toBeNull();
  });

  test("a live session validates; revoked and expired ones do not", async () => {
    const user = await seedUser();
    const live = await createUserSession({ userId: user.id, method: "password", ip: "1.2.3.4", userAgent: "UA", mfaRequired: false });
    expect(live.expiresAt.getTime() - live.createdAt.getTime()).toBeGreaterThan(SESSION_TTL_MS - 5000);
    expect((await validateUserSession(live.id))?.user.id).toBe(user.id);
    expect(await validateUserSession(live.id, new Date(live.expiresAt.getTime() + 1))).toBeNull();
    expect(await revokeSession("someone-else", live.id)).toBe(false);
    expect(await revokeSession(user.id, live.id)).toBe(true);
    expect(await validateUserSession(live.id)).toBeNull();
    expect(await validateUserSession("no-such-session")).toBeNull();
  });

  test("lastSeenAt is touched at most once a minute", async () => {
    const user = await seedUser();
    const t0 = new Date();
    const s = await createUserSession({ userId: user.id, method: "password", mfaRequired: false }, t0);
    await validateUserSession(s.id, new Date(t0.getTime() + 30_000));
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: s.id } })).lastSeenAt).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await validateUserSession(s.id, later);
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: s.id } })).lastSeenAt).toEqual(later);
  });

  test("sign out everywhere revokes all sessions, optionally keeping the current one", async () => {
    const user = await seedUser();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createUserSession({ userId: user.id, method: "password", mfaRequired: false })));
    expect(await revokeUserSessions(user.id, { exceptSessionId: a!.id })).toBe(2);
    expect(await validateUserSession(a!.id)).not.toBeNull();
    expect(await validateUserSession(b!.id)).toBeNull();
    expect(await revokeUserSessions(user.id)).toBe(1);
    expect(await validateUserSession(c!.id)).toBeNull();
  });

  test("rotation issues a new row, revokes the old, and keeps who/where", async () => {
    const user = await seedUser();
    const old = await createUserSession({ userId: user.id, method: "google", ip: "9.9.9.9", userAgent: "Firefox", mfaRequired: false });
    const fresh = await rotateSession(old.id, { reauthenticated: true });
    expect(fresh.id).not.toBe(old.id);
    expect(fresh).toMatchObject({ userId: user.id, method: "google", ip: "9.9.9.9", userAgent: "Firefox", expiresAt: old.expiresAt });
    expect(fresh.reauthAt).toBeInstanceOf(Date);
    expect(await validateUserSession(old.id)).toBeNull();
    await expect(rotateSession(old.id)).rejects.toThrow();
  });

  test("a user with MFA gets a short-lived pending session; verifying rotates it to a full one", async () => {
    const user = await prisma.user.update({ where: { id: (await seedUser()).id }, data: { mfaEnabledAt: new Date() } });
    const { session, mfaPending } = await startSession(user, "password", { ip: null, userAgent: null });
    expect(mfaPending).toBe(true);
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBeLessThanOrEqual(MFA_PENDING_TTL_MS);
    expect(isMfaPending((await validateUserSession(session.id))!)).toBe(true);
    expect(await gateStateFor(await encodeSessionToken(session.id, 60))).toBe("mfa_pending");

    const verified = await rotateSession(session.id, { mfaVerified: true });
    expect(verified.mfaVerifiedAt).toBeInstanceOf(Date);
    expect(verified.expiresAt.getTime() - Date.now()).toBeGreaterThan(SESSION_TTL_MS - 5000);
    expect(await gateStateFor(await encodeSessionToken(verified.id, 60))).toBe("verified");
    expect(await gateStateFor(await encodeSessionToken(session.id, 60))).toBe("anonymous");
    expect(await gateStateFor(undefined)).toBe("anonymous");
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: "auth.sign_in" } })).toBe(1);
  });
});
