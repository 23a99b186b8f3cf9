import { withWorkspace } from "@/lib/auth/with-workspace";
import { deleteView } from "@/lib/crm/saved-views";

/** DELETE /api/v1/crm/views/:viewId */
export const DELETE = withWorkspace<{ viewId: string }>(
  async ({ workspace, params }) => {
    await deleteView(workspace.id, params.viewId);
    return new Response(null, { status: 204 });
  },
  { permission: "crm.write" },
);
