import { withWorkspace } from "@/lib/auth/with-workspace";
import { originOf } from "@/lib/auth/request-origin";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

/** POST /api/v1/invitations/:invitationId/resend: email a fresh link (the old one stops working). */
export const POST = withWorkspace<{ invitationId: string }>(
  async (ctx) => Response.json({ data: await resendInvitation(await workspaceActorOf(ctx, originOf(ctx.req.headers)), ctx.params.invitationId) }),
  { permission: "members.invite" },
);
