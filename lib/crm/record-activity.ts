import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import type { CrmActor } from "./crm-actor";
import type { RecordType } from "./crm-schemas";

export interface ActivityInput {
  type: string;
  title: string;
  body?: string | null;
  messageId?: string | null;
  threadId?: string | null;
  data?: Prisma.InputJsonValue;
  /** Makes the activity once-only, e.g. "email:<messageId>". */
  dedupeKey?: string | null;
  occurredAt?: Date;
  links: { recordType: RecordType; recordId: string }[];
}

type Tx = Pick<Prisma.TransactionClient, "activity" | "activityLink">;

/**
 * Adds a timeline entry and shows it on each linked record. With a dedupeKey
 * the activity is created once; calling again only adds missing links, so an
 * email processed twice (or linked to a deal later) never doubles the timeline.
 */
export async function recordActivity(actor: CrmActor, input: ActivityInput, db: Tx = prisma): Promise<{ id: string; created: boolean }> {
  const occurredAt = input.occurredAt ?? new Date();
  const data = {
    workspaceId: actor.workspaceId,
    type: input.type,
    actorType: actor.type,
    actorUserId: actor.userId,
    title: input.title.slice(0, 500),
    body: input.body?.slice(0, 20_000) ?? null,
    messageId: input.messageId ?? null,
    threadId: input.threadId ?? null,
    data: input.data,
    dedupeKey: input.dedupeKey ?? null,
    occurredAt,
  };
  let activity: { id: string; occurredAt: Date };
  let created = true;
  if (input.dedupeKey) {
    // ON CONFLICT DO NOTHING: concurrent runs for the same email converge on one row.
    const inserted = await db.activity.createMany({ data: [data], skipDuplicates: true });
    created = inserted.count === 1;
    activity = await db.activity.findUniqueOrThrow({ where: { workspaceId_dedupeKey: { workspaceId: actor.workspaceId, dedupeKey: input.dedupeKey } }, select: { id: true, occurredAt: true } });
  } else {
    activity = await db.activity.create({ data, select: { id: true, occurredAt: true } });
  }
  if (input.links.length > 0) {
    await db.activityLink.createMany({
      data: input.links.map((l) => ({ workspaceId: actor.workspaceId, activityId: activity.id, recordType: l.recordType, recordId: l.recordId, occurredAt: activity.occurredAt })),
      skipDuplicates: true,
    });
  }
  return { id: activity.id, created };
}
