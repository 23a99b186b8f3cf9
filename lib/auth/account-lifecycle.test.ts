import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { consumeAuthToken, issueAuthToken, TOKEN_TTL_MS } from "./auth-tokens";
import { authenticatePassword } from "./authenticate-password";
import { changePassword } from "./change-password";
import { createLoginThrottle } from "@/lib/rate-limit/login-throttle";
import { requestPasswordReset, resetPassword } from "./reset-password";
import { signUp } from "./sign-up";
import { verifyEmail } from "./verify-email";
import { createUserSession } from "./user-session";
import { validateUserSession } from "./user-session";
import { seedUser, TEST_PASSWORD } from "./testing/seed-user";

const origin = { ip: "203.0.113.7", userAgent: "vitest" };

async function linkToken(to: string, subject: RegExp): Promise<string> {
  const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to, subject: { contains: subject.source } }, orderBy: { createdAt: "desc" } });
  return new URL(email.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;
}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("account lifecycle", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
  });
  afterAll(() => db.drop());

  test("sign-up creates the user and their own workspace as OWNER, and emails a verification link", async () => {
    expect(await signUp({ name: "Ann", email: "ann@example.test", password: "a sturdy passphrase" }, origin)).toEqual({ email: "ann@example.test" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ann@example.test" } });
    const workspace = await prisma.workspace.findFirstOrThrow({ where: { memberships: { some: { userId: user.id } } } });
    expect(user.emailVerified).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const membership = await prisma.membership.findUniqueOrThrow({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } } });
    expect(membership.role).toBe("OWNER");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastWorkspaceId).toBe(workspace.id);

    const token = await linkToken("ann@example.test", /Confirm your email/);
    const stored = await prisma.authToken.findFirstOrThrow({ where: { userId: user.id, purpose: "VERIFY_EMAIL" } });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    await verifyEmail(token, origin);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeInstanceOf(Date);
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: "auth.email_verified" } })).toBe(1);
    // Single use.
    await expectAppError(verifyEmail(token, origin), "bad_request");
    // The first password check loads the estimator's dictionaries (seconds on a busy machine).
  }, 60_000);

  test("sign-up does not reveal a taken address: the same answer, nothing created, and its owner is emailed instead", async () => {
    const owner = await seedUser({ email: "taken@example.test" });
    const usersBefore = await prisma.user.count();
    const workspacesBefore = await prisma.workspace.count();
    const fresh = await signUp({ name: "Cy", email: "cy-new@example.test", password: "another sturdy passphrase" }, origin);
    const taken = await signUp({ name: "Mallory", email: "Taken@Example.test", password: "another sturdy passphrase" }, origin);
    expect(taken).toEqual({ email: "taken@example.test" });
    expect(Object.keys(taken)).toEqual(Object.keys(fresh));
    expect(await prisma.user.count()).toBe(usersBefore + 1);
    expect(await prisma.workspace.count()).toBe(workspacesBefore + 1);
    // The owner's password is untouched and they get a "someone tried" email, not a verification link.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).passwordHash).toBe(owner.passwordHash);
    const mails = await prisma.outboxEmail.findMany({ where: { to: "taken@example.test" } });
    expect(mails.map((m) => m.subject)).toEqual(["Someone tried to sign up to Fikiri with your address"]);
    expect(mails[0]!.text).toContain("/forgot-password");
    expect(mails[0]!.text).not.toMatch(/token=/);
    expect(await prisma.auditLog.count({ where: { actorUserId: owner.id, action: "auth.sign_up_existing_address" } })).toBe(1);
  });

  test("sign-up refuses weak passwords and passwords equal to the email, before looking the address up", async () => {
    await expectAppError(signUp({ name: "Bo", email: "bo@example.test", password: "short" }, origin), "validation_failed");
    await expectAppError(signUp({ name: "Bo", email: "bo@example.test", password: "bo@example.test" }, origin), "validation_failed");
    const common = await expectAppError(signUp({ name: "Bo", email: "bo@example.test", password: "password123456" }, origin), "validation_failed");
    expect(common.message).toMatch(/^This password is too easy to guess\. This is similar to a commonly used password\./);
    expect(common.details).toEqual([{ path: "password", message: common.message }]);
    await seedUser({ email: "taken-weak@example.test" });
    // The same refusal for a taken address: the password rules run first.
    await expectAppError(signUp({ name: "Bo", email: "taken-weak@example.test", password: "password123456" }, origin), "validation_failed");
  });

  test("tokens expire, are bound to their purpose, and a new one retires the old", async () => {
    const user = await seedUser();
    const expired = await issueAuthToken(user.id, "VERIFY_EMAIL", new Date(Date.now() - TOKEN_TTL_MS.VERIFY_EMAIL - 1000));
    await expectAppError(consumeAuthToken(expired, "VERIFY_EMAIL"), "bad_request");

    const reset = await issueAuthToken(user.id, "RESET_PASSWORD");
    await expectAppError(consumeAuthToken(reset, "VERIFY_EMAIL"), "bad_request");

    const first = await issueAuthToken(user.id, "VERIFY_EMAIL");
    const second = await issueAuthToken(user.id, "VERIFY_EMAIL");
    await expectAppError(consumeAuthToken(first, "VERIFY_EMAIL"), "bad_request");
    expect(await consumeAuthToken(second, "VERIFY_EMAIL")).toEqual({ userId: user.id });
    await expectAppError(consumeAuthToken("made-up-token-value", "VERIFY_EMAIL"), "bad_request");
  });

  test("password reset: emailed link, single use, revokes every session, old password stops working", async () => {
    const user = await seedUser();
    const a = await createUserSession({ userId: user.id, method: "password", mfaRequired: false });
    const b = await createUserSession({ userId: user.id, method: "password", mfaRequired: false });

    await requestPasswordReset("nobody@example.test"); // no account: nothing sent, no error
    expect(await prisma.outboxEmail.count({ where: { to: "nobody@example.test" } })).toBe(0);

    await requestPasswordReset(user.email);
    const token = await linkToken(user.email, /Reset your Fikiri password/);
    await expectAppError(resetPassword({ token, password: "tiny" }, origin), "validation_failed");
    await resetPassword({ token, password: "a brand new passphrase" }, origin);

    expect(await validateUserSession(a.id)).toBeNull();
    expect(await validateUserSession(b.id)).toBeNull();
    const throttle = createLoginThrottle(null);
    await expectAppError(authenticatePassword(user.email, TEST_PASSWORD, origin, throttle), "unauthorized");
    expect((await authenticatePassword(user.email, "a brand new passphrase", origin, throttle)).id).toBe(user.id);
    await expectAppError(resetPassword({ token, password: "yet another passphrase" }, origin), "bad_request");
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: "auth.password_reset" } })).toBe(1);
  });

  test("changing the password needs the current one, signs out other sessions and rotates this one", async () => {
    const user = await seedUser();
    const current = await createUserSession({ userId: user.id, method: "password", mfaRequired: false });
    const other = await createUserSession({ userId: user.id, method: "password", mfaRequired: false });
    await expectAppError(changePassword(user.id, current.id, { currentPassword: "wrong password", newPassword: "fresh passphrase" }, origin), "validation_failed");
    const rotated = await changePassword(user.id, current.id, { currentPassword: TEST_PASSWORD, newPassword: "fresh passphrase" }, origin);
    expect(rotated.id).not.toBe(current.id);
    expect(await validateUserSession(current.id)).toBeNull();
    expect(await validateUserSession(other.id)).toBeNull();
    expect(await validateUserSession(rotated.id)).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: "auth.password_changed" } })).toBe(1);
  });

  test("login throttling per account: the 6th attempt in 15 minutes is refused with Retry-After and audited once", async () => {
    const user = await seedUser();
    const throttle = createLoginThrottle(null);
    for (let i = 0; i < 5; i++) await expectAppError(authenticatePassword(user.email, "wrong guess", origin, throttle), "unauthorized");
    const error = await expectAppError(authenticatePassword(user.email, TEST_PASSWORD, origin, throttle), "rate_limited");
    expect(Number(error.headers?.["retry-after"])).toBeGreaterThan(800);
    await expectAppError(authenticatePassword(user.email, TEST_PASSWORD, origin, throttle), "rate_limited");
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: "auth.sign_in_failed" } })).toBe(5);
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: "auth.locked_out" } })).toBe(1);
  });

  test("login throttling per IP counts failures across accounts; a success clears the account count", async () => {
    const user = await seedUser();
    const throttle = createLoginThrottle(null);
    const ip = { ip: "198.51.100.9", userAgent: "bot" };
    for (let i = 0; i < 4; i++) await expectAppError(authenticatePassword(user.email, "wrong guess", ip, throttle), "unauthorized");
    await authenticatePassword(user.email, TEST_PASSWORD, ip, throttle);
    await expectAppError(authenticatePassword(user.email, "wrong again", ip, throttle), "unauthorized");
    // Successful sign-ins from the address do not use up its budget.
    for (let i = 0; i < 3; i++) await authenticatePassword(user.email, TEST_PASSWORD, ip, throttle);
    for (let i = 0; i < 25; i++) await expectAppError(authenticatePassword(`ghost${i}@example.test`, "x", ip, throttle), "unauthorized");
    const refused = await expectAppError(authenticatePassword(user.email, TEST_PASSWORD, ip, throttle), "rate_limited");
    expect(refused.headers?.["retry-after"]).toMatch(/^\d+$/);
    expect(await prisma.auditLog.count({ where: { action: "auth.locked_out", ip: "198.51.100.9" } })).toBe(1);
    await expectAppError(authenticatePassword("ghost-last@example.test", "x", ip, throttle), "rate_limited");
    expect(await prisma.auditLog.count({ where: { action: "auth.locked_out", ip: "198.51.100.9" } })).toBe(1);
  });
});
