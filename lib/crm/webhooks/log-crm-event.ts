import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";

export const CRM_EVENT_TYPES = ["contact.created", "contact.updated", "company.created", "deal.created", "deal.stage_changed", "task.due"] as const;
export type CrmEventType = (typeof CRM_EVENT_TYPES)[number];

type Tx = Pick<Prisma.TransactionClient, "outgoingWebhookEvent" | "outgoingWebhookEndpoint" | "outgoingWebhookDelivery">;

/**
 * Appends a CRM event to the workspace's event log and queues one delivery per
 * enabled endpoint that wants it, inside the caller's transaction, so an event
 * exists exactly when its change does. Returns the delivery ids to dispatch
 * after commit. A repeated dedupeKey logs nothing new.
 */
export async function logCrmEvent(
  workspaceId: string,
  type: CrmEventType,
  payload: Prisma.InputJsonObject,
  options: { dedupeKey?: string } = {},
  db: Tx = prisma,
): Promise<string[]> {
  if (options.dedupeKey) {
    const seen = await db.outgoingWebhookEvent.findUnique({ where: { workspaceId_dedupeKey: { workspaceId, dedupeKey: options.dedupeKey } }, select: { id: true } });
    if (seen) return [];
  }
  const event = await db.outgoingWebhookEvent.create({ data: { workspaceId, type, payload, dedupeKey: options.dedupeKey ?? null } });
  const endpoints = await db.outgoingWebhookEndpoint.findMany({ where: { workspaceId, enabled: true }, select: { id: true, events: true } });
  const wanted = endpoints.filter((e) => e.events.length === 0 || e.events.includes(type));
  const ids: string[] = [];
  for (const endpoint of wanted) {
    const d = await db.outgoingWebhookDelivery.create({ data: { workspaceId, eventId: event.id, endpointId: endpoint.id }, select: { id: true } });
    ids.push(d.id);
  }
  return ids;
}
