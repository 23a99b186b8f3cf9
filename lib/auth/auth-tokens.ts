import { createHash, randomBytes } from "node:crypto";
import type { AuthTokenPurpose } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";

export const TOKEN_TTL_MS: Record<AuthTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60_000,
  RESET_PASSWORD: 60 * 60_000,
};

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/**
 * Issues a single-use emailed token; only its SHA-256 is stored. Earlier
 * unused tokens for the same purpose stop working, so only the newest link does.
 */
export async function issueAuthToken(userId: string, purpose: AuthTokenPurpose, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await prisma.$transaction([
    prisma.authToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } }),
    prisma.authToken.create({ data: { userId, purpose, tokenHash: sha256(token), expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]) } }),
  ]);
  return token;
}

/** Checks a token without using it up (for a landing page). */
export async function peekAuthToken(token: string, purpose: AuthTokenPurpose, now = new Date()): Promise<{ userId: string } | null> {
  const row = await prisma.authToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now) return null;
  return { userId: row.userId };
}

/** Uses a token up, atomically: a second use, an expired or unknown token gets a 400. */
export async function consumeAuthToken(token: string, purpose: AuthTokenPurpose, now = new Date()): Promise<{ userId: string }> {
  const tokenHash = sha256(token);
  const { count } = await prisma.authToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) throw new AppError("bad_request", "This link is invalid, expired or was already used. Request a new one.");
  const row = await prisma.authToken.findUniqueOrThrow({ where: { tokenHash } });
  return { userId: row.userId };
}
