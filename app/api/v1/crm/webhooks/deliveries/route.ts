import { withWorkspace } from "@/lib/auth/with-workspace";
import { listWebhookDeliveries } from "@/lib/crm/webhooks/manage-webhook-endpoints";

/** GET /api/v1/crm/webhooks/deliveries: the delivery log, newest first. */
export const GET = withWorkspace(async ({ workspace }) => Response.json({ data: await listWebhookDeliveries(workspace.id) }), { permission: "crm.read" });
