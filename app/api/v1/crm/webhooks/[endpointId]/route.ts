import { withWorkspace } from "@/lib/auth/with-workspace";
import { deleteWebhookEndpoint } from "@/lib/crm/webhooks/manage-webhook-endpoints";

/** DELETE /api/v1/crm/webhooks/:endpointId */
export const DELETE = withWorkspace<{ endpointId: string }>(
  async ({ workspace, params }) => {
    await deleteWebhookEndpoint(workspace.id, params.endpointId);
    return new Response(null, { status: 204 });
  },
  { permission: "crm.write" },
);
