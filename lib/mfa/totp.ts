import { Secret, TOTP } from "otpauth";
import { prisma } from "@/lib/db/prisma";

export const TOTP_ISSUER = "Fikiri";
const PERIOD = 30;
/** Codes from one step either side are accepted (clock drift). */
const WINDOW = 1;

export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpFor(secretBase32: string, label = "account"): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

/** The time step a code matches, or null when it matches none in the window. */
export function matchTotpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const totp = totpFor(secretBase32);
  const delta = totp.validate({ token, timestamp: now, window: WINDOW });
  return delta === null ? null : totp.counter({ timestamp: now }) + delta;
}

/*
 * Replay protection: each accepted time step is recorded, and a code for a
 * step at or before the newest recorded one is refused. The records live in
 * the Auth.js VerificationToken table (unused by our sign-in methods), keyed
 * (identifier "totp:<userId>", token "<step>"), whose primary key makes a
 * concurrent double use fail atomically. They expire after the window closes.
 */
const REPLAY_TTL_MS = (2 * WINDOW + 2) * PERIOD * 1000;
const replayIdentifier = (userId: string) => `totp:${userId}`;

async function claimStep(userId: string, step: number, now: number): Promise<boolean> {
  const identifier = replayIdentifier(userId);
  await prisma.verificationToken.deleteMany({ where: { identifier, expires: { lt: new Date(now) } } });
  const used = await prisma.verificationToken.findMany({ where: { identifier }, select: { token: true } });
  if (used.some((row) => Number(row.token) >= step)) return false;
  try {
    await prisma.verificationToken.create({ data: { identifier, token: String(step), expires: new Date(now + REPLAY_TTL_MS) } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

/** True when the code is valid now and was not used before (it is then used up). */
export async function verifyTotpOnce(userId: string, secretBase32: string, code: string, now = Date.now()): Promise<boolean> {
  const step = matchTotpStep(secretBase32, code, now);
  if (step === null) return false;
  return claimStep(userId, step, now);
}
