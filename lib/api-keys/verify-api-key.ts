import type { ApiKey } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { roleCan, type Permission } from "@/lib/auth/permissions";
import { API_KEY_PATTERN, hashApiKey } from "./generate-api-key";

const TOUCH_EVERY_MS = 60_000;
const INVALID = "The API key is invalid, revoked or expired.";
const CREATOR_REMOVED = "The person who created this API key is no longer a member of the workspace, so the key no longer works. Create a new one.";

/** The bearer token of an Authorization header, or null. */
export function bearerToken(headers: Headers): string | null {
  const value = headers.get("authorization");
  const match = value?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1]! : null;
}

/**
 * Looks a key up by its SHA-256 and checks it is live and scoped for the
 * permission: 401 for an unknown, malformed, revoked or expired key or one whose
 * creator has left the workspace, 403 when its scopes lack the permission or its creator's current role does. Records use at most once a minute.
 */
export async function verifyApiKey(key: string, permission: Permission, now = new Date()): Promise<ApiKey> {
  if (!API_KEY_PATTERN.test(key)) throw new AppError("unauthorized", INVALID);
  const apiKey = await prisma.apiKey.findUnique({ where: { keyHash: hashApiKey(key) } });
  if (!apiKey || apiKey.revokedAt || (apiKey.expiresAt && apiKey.expiresAt <= now)) throw new AppError("unauthorized", INVALID);
  // A key acts with its creator's authority, checked on every request: effective permissions are the key's scopes
  // intersected with the creator's current role, and nothing once the creator is no longer a member.
  const creator = apiKey.createdById
    ? await prisma.membership.findUnique({ where: { workspaceId_userId: { workspaceId: apiKey.workspaceId, userId: apiKey.createdById } }, select: { role: true } })
    : null;
  if (!creator) throw new AppError("unauthorized", CREATOR_REMOVED, { reason: "creator_removed" });
  if (!apiKey.scopes.includes(permission)) {
    throw new AppError("forbidden", `This API key lacks the "${permission}" scope.`, { requiredScope: permission });
  }
  if (!roleCan(creator.role, permission)) {
    throw new AppError("forbidden", `The person who created this API key can no longer "${permission}".`, { requiredScope: permission, reason: "creator_role" });
  }
  if (!apiKey.lastUsedAt || now.getTime() - apiKey.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await prisma.apiKey.updateMany({
      where: { id: apiKey.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - TOUCH_EVERY_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  return apiKey;
}
