"use server";

import { z } from "@/lib/validation/zod";
import { setSessionCookie } from "@/lib/auth/session-cookie";
import { workspaceAction } from "@/lib/auth/with-workspace";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { invitationIdSchema, inviteMemberSchema } from "@/lib/invitations/invitation-schemas";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { changeRoleSchema, membershipIdSchema, transferOwnershipSchema } from "@/lib/members/member-schemas";
import { removeMember } from "@/lib/members/remove-member";
import { transferOwnership } from "@/lib/members/transfer-ownership";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { renameWorkspaceSchema } from "@/lib/workspaces/workspace-schemas";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

const workspaceIdField = { workspaceId: z.string().min(1).max(64).optional() };

export const inviteMemberAction = workspaceAction("members.invite", inviteMemberSchema.extend(workspaceIdField), async ({ email, role }, ctx) => {
  const invitation = await createInvitation(await workspaceActorOf(ctx, ctx.origin), { email, role });
  return { id: invitation.id, email: invitation.email };
});

export const revokeInvitationAction = workspaceAction("members.invite", invitationIdSchema.extend(workspaceIdField), async ({ invitationId }, ctx) =>
  revokeInvitation(await workspaceActorOf(ctx, ctx.origin), invitationId),
);

export const resendInvitationAction = workspaceAction("members.invite", invitationIdSchema.extend(workspaceIdField), async ({ invitationId }, ctx) => {
  const invitation = await resendInvitation(await workspaceActorOf(ctx, ctx.origin), invitationId);
  return { id: invitation.id, email: invitation.email };
});

export const changeMemberRoleAction = workspaceAction("members.update", changeRoleSchema.extend(workspaceIdField), async ({ membershipId, role }, ctx) => {
  const { rotatedSession, ...member } = await changeMemberRole(await workspaceActorOf(ctx, ctx.origin), membershipId, role);
  if (rotatedSession) await setSessionCookie(rotatedSession);
  return member;
});

export const removeMemberAction = workspaceAction("members.remove", membershipIdSchema.extend(workspaceIdField), async ({ membershipId }, ctx) =>
  removeMember(await workspaceActorOf(ctx, ctx.origin), membershipId),
);

export const transferOwnershipAction = workspaceAction("ownership.transfer", transferOwnershipSchema.extend(workspaceIdField), async ({ membershipId }, ctx) => {
  const { rotatedSession } = await transferOwnership(await workspaceActorOf(ctx, ctx.origin), membershipId);
  if (rotatedSession) await setSessionCookie(rotatedSession);
  return { membershipId };
});

/** Any member may leave; the wrapper proves membership of the workspace being left. */
export const leaveWorkspaceAction = workspaceAction("workspace.read", z.object(workspaceIdField), async (_input, ctx) => {
  await leaveWorkspace(ctx.user!.id, ctx.workspace.id, ctx.origin);
  return { workspaceId: ctx.workspace.id };
});

export const renameWorkspaceAction = workspaceAction("workspace.update", renameWorkspaceSchema.extend(workspaceIdField), async ({ name }, ctx) =>
  renameWorkspace(await workspaceActorOf(ctx, ctx.origin), { name }),
);
