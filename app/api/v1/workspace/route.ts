import { withWorkspace } from "@/lib/auth/with-workspace";
import { originOf } from "@/lib/auth/request-origin";
import { parseJsonBody } from "@/lib/http/with-route";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { renameWorkspaceSchema } from "@/lib/workspaces/workspace-schemas";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

/** GET /api/v1/workspace: the workspace the caller acts in. */
export const GET = withWorkspace(
  async ({ workspace }) => Response.json({ data: { id: workspace.id, name: workspace.name, slug: workspace.slug, requireMfa: workspace.requireMfa, createdAt: workspace.createdAt } }),
  { permission: "workspace.read" },
);

/** PATCH /api/v1/workspace { name }: rename it. */
export const PATCH = withWorkspace(
  async (ctx) => {
    const input = await parseJsonBody(ctx.req, renameWorkspaceSchema);
    return Response.json({ data: await renameWorkspace(await workspaceActorOf(ctx, originOf(ctx.req.headers)), input) });
  },
  { permission: "workspace.update" },
);
