import type { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { encryptSecret } from "@/lib/security/encrypt-secret";
import type { CrmActor } from "../crm-actor";
import { webhookEndpointSchema } from "../crm-schemas";
import { generateWebhookSecret } from "./sign-webhook";

const endpointSelect = { id: true, url: true, events: true, enabled: true, createdAt: true } as const;

/** Adds an endpoint; the whsec_ secret is returned once and stored encrypted. */
export async function createWebhookEndpoint(actor: CrmActor, raw: z.input<typeof webhookEndpointSchema>) {
  const input = webhookEndpointSchema.parse(raw);
  const secret = generateWebhookSecret();
  const endpoint = await prisma.outgoingWebhookEndpoint.create({
    data: { workspaceId: actor.workspaceId, url: input.url, events: input.events, secretEnc: encryptSecret(secret), createdById: actor.userId },
    select: endpointSelect,
  });
  return { ...endpoint, secret };
}

export function listWebhookEndpoints(workspaceId: string) {
  return prisma.outgoingWebhookEndpoint.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" }, select: endpointSelect });
}

export async function deleteWebhookEndpoint(workspaceId: string, endpointId: string): Promise<void> {
  const { count } = await prisma.outgoingWebhookEndpoint.deleteMany({ where: { id: endpointId, workspaceId } });
  if (count === 0) throw new AppError("not_found", "Webhook endpoint not found.");
}

/** The delivery log customers read: newest first. */
export function listWebhookDeliveries(workspaceId: string, limit = 50) {
  return prisma.outgoingWebhookDelivery.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, status: true, attempts: true, lastStatusCode: true, lastError: true, deliveredAt: true, createdAt: true, endpoint: { select: { url: true } }, event: { select: { type: true } } },
  });
}
