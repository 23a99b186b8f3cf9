import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { updateMemberBodySchema } from "@/lib/members/member-schemas";
import { removeMember } from "@/lib/members/remove-member";
import { originOf } from "@/lib/auth/request-origin";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

type Params = { membershipId: string };

/** PATCH /api/v1/members/:membershipId { role }: change a member's role. */
export const PATCH = withWorkspace<Params>(
  async (ctx) => {
    const { role } = await parseJsonBody(ctx.req, updateMemberBodySchema);
    const { rotatedSession: _rotated, ...member } = await changeMemberRole(await workspaceActorOf(ctx, originOf(ctx.req.headers)), ctx.params.membershipId, role);
    return Response.json({ data: member });
  },
  { permission: "members.update" },
);

/** DELETE /api/v1/members/:membershipId: remove someone from the workspace. */
export const DELETE = withWorkspace<Params>(
  async (ctx) => Response.json({ data: await removeMember(await workspaceActorOf(ctx, originOf(ctx.req.headers)), ctx.params.membershipId) }),
  { permission: "members.remove" },
);
