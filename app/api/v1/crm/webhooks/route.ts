import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { webhookEndpointSchema } from "@/lib/crm/crm-schemas";
import { createWebhookEndpoint, listWebhookEndpoints } from "@/lib/crm/webhooks/manage-webhook-endpoints";

/** GET /api/v1/crm/webhooks: outgoing webhook endpoints (secrets never shown again). */
export const GET = withWorkspace(async ({ workspace }) => Response.json({ data: await listWebhookEndpoints(workspace.id) }), { permission: "crm.read" });

/** POST /api/v1/crm/webhooks { url, events? }: the whsec_ secret is in this response only. */
export const POST = withWorkspace(async (ctx) => Response.json({ data: await createWebhookEndpoint(crmActorOf(ctx), await parseJsonBody(ctx.req, webhookEndpointSchema)) }, { status: 201 }), { permission: "crm.write" });
