import { withWorkspace } from "@/lib/auth/with-workspace";
import { originOf } from "@/lib/auth/request-origin";
import { parseJsonBody } from "@/lib/http/with-route";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { inviteMemberSchema } from "@/lib/invitations/invitation-schemas";
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

/** GET /api/v1/invitations: invitations not yet accepted or revoked. */
export const GET = withWorkspace(async ({ workspace }) => Response.json({ data: await listPendingInvitations(workspace.id) }), { permission: "members.read" });

/** POST /api/v1/invitations { email, role }: invite someone by email. */
export const POST = withWorkspace(
  async (ctx) => {
    const input = await parseJsonBody(ctx.req, inviteMemberSchema);
    const invitation = await createInvitation(await workspaceActorOf(ctx, originOf(ctx.req.headers)), input);
    return Response.json({ data: invitation }, { status: 201 });
  },
  { permission: "members.invite" },
);
