import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUserSession, validateUserSession } from "@/lib/auth/user-session";
import { seedUser, TEST_PASSWORD } from "@/lib/auth/testing/seed-user";
import { confirmTotpEnrolment, startTotpEnrolment } from "./enrol-totp";
import { disableMfa, regenerateRecoveryCodes } from "./manage-mfa";
import { reauthenticate, REAUTH_MAX_AGE_MS } from "./reauthenticate";
import { consumeRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";
import { matchTotpStep, totpFor, verifyTotpOnce } from "./totp";
import { verifyMfaChallenge } from "./verify-mfa-challenge";

const origin = { ip: "203.0.113.1", userAgent: "vitest" };
const codeAt = (secret: string, ms: number) => totpFor(secret).generate({ timestamp: ms } as never);

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("TOTP MFA", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
  });
  afterAll(() => db.drop());

  test("codes match within one step of drift and not beyond", () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const now = 1_800_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(matchTotpStep(secret, codeAt(secret, now), now)).toBe(step);
    expect(matchTotpStep(secret, codeAt(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotpStep(secret, codeAt(secret, now - 90_000), now)).toBeNull();
    expect(matchTotpStep(secret, "12345", now)).toBeNull();
  });

  test("a code cannot be replayed, nor an older code used after a newer one", async () => {
    const user = await seedUser();
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const now = Date.now();
    expect(await verifyTotpOnce(user.id, secret, codeAt(secret, now), now)).toBe(true);
    expect(await verifyTotpOnce(user.id, secret, codeAt(secret, now), now)).toBe(false);
    expect(await verifyTotpOnce(user.id, secret, codeAt(secret, now - 30_000), now)).toBe(false);
    expect(await verifyTotpOnce(user.id, secret, codeAt(secret, now + 30_000), now + 30_000)).toBe(true);
    // Another user's use of the same step is independent.
    const other = await seedUser();
    expect(await verifyTotpOnce(other.id, secret, codeAt(secret, now), now)).toBe(true);
  });

  test("enrolment: secret encrypted at rest, MFA off until confirmed, then on with 10 single-use recovery codes", async () => {
    const user = await seedUser();
    const session = await createUserSession({ userId: user.id, method: "password", mfaRequired: false });
    const enrolment = await startTotpEnrolment(user.id);
    expect(enrolment.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrolment.otpauthUrl).toContain("otpauth://totp/Fikiri:");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecretEnc).toMatch(/^enc:v1:/);
    expect(stored.totpSecretEnc).not.toContain(enrolment.secret);
    expect(stored.mfaEnabledAt).toBeNull();

    expect((await appError(confirmTotpEnrolment(user.id, session.id, "000000", origin))).code).toBe("validation_failed");
    const enrolCode = codeAt(enrolment.secret, Date.now());
    const { recoveryCodes, session: rotated } = await confirmTotpEnrolment(user.id, session.id, enrolCode, origin);
    expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(recoveryCodes).size).toBe(RECOVERY_CODE_COUNT);
    expect(rotated.mfaVerifiedAt).toBeInstanceOf(Date);
    expect(await validateUserSession(session.id)).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).mfaEnabledAt).toBeInstanceOf(Date);
    const rows = await prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.codeHash)).not.toContain(recoveryCodes[0]);
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: "mfa.enabled" } })).toBe(1);
    expect((await appError(startTotpEnrolment(user.id))).code).toBe("conflict");

    // The sign-in challenge: a pending session is verified by a recovery code, once.
    const pending = await createUserSession({ userId: user.id, method: "password", mfaRequired: true });
    const code = recoveryCodes[3]!;
    const result = await verifyMfaChallenge(pending, { recoveryCode: code.toUpperCase() }, origin);
    expect(result.recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT - 1);
    expect(result.session.mfaVerifiedAt).toBeInstanceOf(Date);
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: "mfa.recovery_code_used" } })).toBe(1);
    const again = await createUserSession({ userId: user.id, method: "password", mfaRequired: true });
    expect((await appError(verifyMfaChallenge(again, { recoveryCode: code }, origin))).code).toBe("validation_failed");
    expect(await consumeRecoveryCode(user.id, "zzzz-zzzz-zzzz")).toBe(false);

    // …and not by a TOTP code already used (the one that confirmed enrolment).
    expect((await appError(verifyMfaChallenge(again, { code: enrolCode }, origin))).code).toBe("validation_failed");
  });

  test("disabling MFA and regenerating codes need re-authentication within 10 minutes", async () => {
    const user = await seedUser();
    let session = await createUserSession({ userId: user.id, method: "password", mfaRequired: false });
    const { secret } = await startTotpEnrolment(user.id);
    ({ session } = await confirmTotpEnrolment(user.id, session.id, codeAt(secret, Date.now()), origin));

    const stale = await prisma.userSession.update({ where: { id: session.id }, data: { reauthAt: new Date(Date.now() - REAUTH_MAX_AGE_MS - 1000) } });
    const refused = await appError(regenerateRecoveryCodes(stale, origin));
    expect(refused.code).toBe("forbidden");
    expect(refused.details).toEqual({ reason: "reauth_required" });
    expect((await appError(disableMfa(stale, origin))).code).toBe("forbidden");

    expect((await appError(reauthenticate(user.id, session.id, { password: "wrong password" }))).code).toBe("validation_failed");
    await reauthenticate(user.id, session.id, { password: TEST_PASSWORD });
    const fresh = await prisma.userSession.findUniqueOrThrow({ where: { id: session.id } });
    const before = await prisma.recoveryCode.findMany({ where: { userId: user.id } });
    const codes = await regenerateRecoveryCodes(fresh, origin);
    expect(codes).toHaveLength(10);
    const after = await prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(after.map((r) => r.id)).not.toContain(before[0]!.id);
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: "mfa.recovery_codes_regenerated" } })).toBe(1);

    const rotated = await disableMfa(fresh, origin);
    expect(rotated.id).not.toBe(fresh.id);
    const off = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(off.mfaEnabledAt).toBeNull();
    expect(off.totpSecretEnc).toBeNull();
    expect(await prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: "mfa.disabled" } })).toBe(1);
  });
});
