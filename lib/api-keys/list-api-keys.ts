import { prisma } from "@/lib/db/prisma";
import { apiKeyStatus } from "./api-key-status";

/** A workspace's API keys (never the key or its hash), newest first; a key whose creator left shows as "creator_removed". */
export async function listApiKeys(workspaceId: string) {
  const keys = await prisma.apiKey.findMany({
    where: { workspaceId },
    select: { id: true, name: true, prefix: true, scopes: true, createdById: true, lastUsedAt: true, expiresAt: true, revokedAt: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const creatorIds = [...new Set(keys.map((k) => k.createdById).filter((v): v is string => Boolean(v)))];
  const [creators, members] = creatorIds.length
    ? await Promise.all([
        prisma.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, email: true, name: true } }),
        prisma.membership.findMany({ where: { workspaceId, userId: { in: creatorIds } }, select: { userId: true } }),
      ])
    : [[], []];
  const byId = new Map(creators.map((u) => [u.id, u.name ?? u.email]));
  const memberIds = new Set(members.map((m) => m.userId));
  const now = new Date();
  return keys.map((k) => ({
    ...k,
    createdBy: k.createdById ? (byId.get(k.createdById) ?? "Deleted user") : null,
    status: apiKeyStatus(k, k.createdById !== null && memberIds.has(k.createdById), now),
  }));
}

export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];
