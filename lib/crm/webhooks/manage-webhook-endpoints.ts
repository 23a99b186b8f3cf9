import type { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { encryptSecret } from "@/lib/security/encrypt-secret";
import { OUTBOUND_CATEGORIES } from "@/lib/security/outbound/outbound-error";
import { assertPublicUrl } from "@/lib/security/outbound/assert-public-url";
import type { GuardOptions } from "@/lib/security/outbound/resolve-public-address";
import type { CrmActor } from "../crm-actor";
import { webhookEndpointSchema } from "../crm-schemas";
import { generateWebhookSecret } from "./sign-webhook";

const endpointSelect = { id: true, url: true, events: true, enabled: true, createdAt: true } as const;

/**
 * Adds an endpoint; the whsec_ secret is returned once and stored encrypted. The URL must point
 * at a public address (422 on `url` otherwise); delivery checks again through the same guard.
 */
export async function createWebhookEndpoint(actor: CrmActor, raw: z.input<typeof webhookEndpointSchema>, guard: GuardOptions = {}) {
  const input = webhookEndpointSchema.parse(raw);
  await assertPublicUrl(input.url, { ...guard, field: "url" });
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

const KNOWN_ERRORS = new Set<string>([...OUTBOUND_CATEGORIES, "endpoint_disabled"]);

/**
 * The delivery log customers read: newest first. Errors are a status and a short category;
 * rows written before categories existed (free text from the remote side) show as "network".
 */
export async function listWebhookDeliveries(workspaceId: string, limit = 50) {
  const rows = await prisma.outgoingWebhookDelivery.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, status: true, attempts: true, lastStatusCode: true, lastError: true, deliveredAt: true, createdAt: true, endpoint: { select: { url: true } }, event: { select: { type: true } } },
  });
  return rows.map((row) => ({ ...row, lastError: row.lastError === null || KNOWN_ERRORS.has(row.lastError) ? row.lastError : "network" }));
}
