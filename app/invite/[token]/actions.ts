"use server";

import { cookies } from "next/headers";
import { z } from "@/lib/validation/zod";
import { WORKSPACE_COOKIE } from "@/lib/auth/auth-secret";
import { userAction } from "@/lib/auth/user-action";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { WORKSPACE_COOKIE_OPTIONS } from "@/lib/workspaces/workspace-cookie-options";

/** The signed-in user accepts an invitation addressed to their email, and switches to that workspace. */
export const acceptInvitationAction = userAction("invitation.accept", z.object({ token: z.string().min(1).max(200) }), async ({ token }, ctx) => {
  const joined = await acceptInvitation(ctx.user.id, token, ctx.origin);
  (await cookies()).set(WORKSPACE_COOKIE, joined.workspaceId, WORKSPACE_COOKIE_OPTIONS);
  return { workspaceId: joined.workspaceId, role: joined.role };
});
