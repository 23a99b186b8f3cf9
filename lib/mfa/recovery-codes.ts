import { createHash, randomInt } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes are read off paper. 12 characters of 31 ≈ 59 bits.
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

function newCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^0-9a-z]/g, "");
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(`fikiri-recovery:${normalizeRecoveryCode(code)}`).digest("hex");
}

/** Replaces the user's recovery codes with fresh ones; the plain codes are returned once and never stored. */
export async function replaceRecoveryCodes(userId: string, tx: Prisma.TransactionClient = prisma): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

/** Uses up one recovery code, atomically; false when it is wrong or already used. */
export async function consumeRecoveryCode(userId: string, code: string, now = new Date()): Promise<boolean> {
  if (normalizeRecoveryCode(code).length !== 12) return false;
  const row = await prisma.recoveryCode.findFirst({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null } });
  if (!row) return false;
  const { count } = await prisma.recoveryCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  return count === 1;
}

export async function remainingRecoveryCodes(userId: string): Promise<number> {
  return prisma.recoveryCode.count({ where: { userId, usedAt: null } });
}
