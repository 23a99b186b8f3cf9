import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-cursor";
import type { AuditFilter } from "./audit-filter-schema";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The where-clause for one workspace's log under the filters (dates are whole UTC days). */
export function auditWhere(workspaceId: string, filter: AuditFilter): Prisma.AuditLogWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.from) createdAt.gte = new Date(`${filter.from}T00:00:00.000Z`);
  if (filter.to) createdAt.lt = new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + DAY_MS);
  return {
    workspaceId,
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { OR: [{ actorUserId: filter.actor }, { actorApiKeyId: filter.actor }] } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
}

/** Keyset condition: rows strictly after the cursor in (createdAt desc, id desc) order. */
export function afterCursor(cursor: string | undefined): Prisma.AuditLogWhereInput {
  if (!cursor) return {};
  const c = decodeAuditCursor(cursor);
  return { OR: [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }] };
}

export const AUDIT_ORDER: Prisma.AuditLogOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

const select = {
  id: true,
  action: true,
  actorUserId: true,
  actorApiKeyId: true,
  targetType: true,
  targetId: true,
  ip: true,
  userAgent: true,
  before: true,
  after: true,
  createdAt: true,
} satisfies Prisma.AuditLogSelect;

/** One page of a workspace's audit log, newest first, with actor labels. */
export async function listAuditLogs(workspaceId: string, filter: AuditFilter, page: { cursor?: string; limit?: number } = {}) {
  const limit = page.limit ?? 50;
  const rows = await prisma.auditLog.findMany({
    where: { AND: [auditWhere(workspaceId, filter), afterCursor(page.cursor)] },
    orderBy: AUDIT_ORDER,
    take: limit + 1,
    select,
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeAuditCursor(last) : null;
  return { items: await withActorLabels(workspaceId, items), nextCursor };
}

type Row = Prisma.AuditLogGetPayload<{ select: typeof select }>;

/** Adds who did it: the user's email or the API key's name and prefix. */
export async function withActorLabels(workspaceId: string, rows: Row[]) {
  const userIds = [...new Set(rows.map((r) => r.actorUserId).filter((v): v is string => Boolean(v)))];
  const keyIds = [...new Set(rows.map((r) => r.actorApiKeyId).filter((v): v is string => Boolean(v)))];
  const [users, keys] = await Promise.all([
    userIds.length ? prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } }) : [],
    keyIds.length ? prisma.apiKey.findMany({ where: { id: { in: keyIds }, workspaceId }, select: { id: true, name: true, prefix: true } }) : [],
  ]);
  const userLabel = new Map(users.map((u) => [u.id, u.email]));
  const keyLabel = new Map(keys.map((k) => [k.id, `API key ${k.name} (${k.prefix}…)`]));
  return rows.map((r) => ({
    ...r,
    actorLabel: (r.actorApiKeyId && keyLabel.get(r.actorApiKeyId)) || (r.actorUserId && userLabel.get(r.actorUserId)) || (r.actorApiKeyId || r.actorUserId ? "Deleted" : "System"),
  }));
}

export type AuditRow = Awaited<ReturnType<typeof listAuditLogs>>["items"][number];
