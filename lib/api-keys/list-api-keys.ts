import { prisma } from "@/lib/db/prisma";
import { apiKeyStatus } from "./api-key-status";

/** A workspace's API keys (never the key or its hash), newest first. */
export async function listApiKeys(workspaceId: string) {
  const keys = await prisma.apiKey.findMany({
    where: { workspaceId },
    select: { id: true, name: true, prefix: true, scopes: true, createdById: true, lastUsedAt: true, expiresAt: true, revokedAt: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const creatorIds = [...new Set(keys.map((k) => k.createdById).filter((v): v is string => Boolean(v)))];
  const creators = creatorIds.length ? await prisma.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, email: true, name: true } }) : [];
  const byId = new Map(creators.map((u) => [u.id, u.name ?? u.email]));
  const now = new Date();
  return keys.map((k) => ({ ...k, createdBy: k.createdById ? (byId.get(k.createdById) ?? "Deleted user") : null, status: apiKeyStatus(k, now) }));
}

export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];
