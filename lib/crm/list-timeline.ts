import { prisma } from "@/lib/db/prisma";
import type { RecordType } from "./crm-schemas";
import { decodeKeysetCursor, encodeKeysetCursor } from "./keyset-cursor";

export interface TimelineEntry {
  id: string;
  type: string;
  actorType: string;
  actorUserId: string | null;
  title: string;
  body: string | null;
  messageId: string | null;
  threadId: string | null;
  data: unknown;
  occurredAt: Date;
}

/** A record's timeline, newest first, keyset-paged over (occurredAt, link id). */
export async function listTimeline(workspaceId: string, recordType: RecordType, recordId: string, options: { cursor?: string; limit?: number } = {}) {
  const limit = options.limit ?? 50;
  const c = options.cursor ? decodeKeysetCursor(options.cursor, "occurredAt") : null;
  const links = await prisma.activityLink.findMany({
    where: {
      workspaceId,
      recordType,
      recordId,
      ...(c ? { OR: [{ occurredAt: { lt: new Date(String(c.value)) } }, { occurredAt: new Date(String(c.value)), id: { lt: c.id } }] } : {}),
    },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, occurredAt: true, activity: { select: { id: true, type: true, actorType: true, actorUserId: true, title: true, body: true, messageId: true, threadId: true, data: true, occurredAt: true } } },
  });
  const kept = links.slice(0, limit);
  const last = kept.at(-1);
  return {
    items: kept.map((l): TimelineEntry => l.activity),
    nextCursor: links.length > limit && last ? encodeKeysetCursor(last.occurredAt, last.id) : null,
  };
}
