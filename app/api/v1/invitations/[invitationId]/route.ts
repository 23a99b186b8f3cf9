import { withWorkspace } from "@/lib/auth/with-workspace";
import { originOf } from "@/lib/auth/request-origin";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

/** DELETE /api/v1/invitations/:invitationId: revoke an invitation. */
export const DELETE = withWorkspace<{ invitationId: string }>(
  async (ctx) => Response.json({ data: await revokeInvitation(await workspaceActorOf(ctx, originOf(ctx.req.headers)), ctx.params.invitationId) }),
  { permission: "members.invite" },
);
