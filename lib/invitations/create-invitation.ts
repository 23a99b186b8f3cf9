import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { ROLE_RANK } from "@/lib/auth/permissions";
import { assertPlanCapacity } from "@/lib/billing/check-plan-capacity";
import { getBillingAccount } from "@/lib/billing/get-billing-account";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { generateInvitationToken } from "./invitation-token";
import { INVITATION_TTL_MS, inviteMemberSchema, type InviteMemberInput } from "./invitation-schemas";
import { sendInvitationEmail } from "./send-invitation-email";

/** Invites an email address with a role no higher than the inviter's, and emails the link. */
export async function createInvitation(actor: WorkspaceActor, input: InviteMemberInput) {
  const { email, role } = inviteMemberSchema.parse(input);
  if (ROLE_RANK[role] > ROLE_RANK[actor.role]) throw new AppError("forbidden", "You can only invite people with a role up to your own.");
  const { token, tokenHash } = generateInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const billingAccount = await getBillingAccount(actor.workspaceId);
  const { invitation, workspaceName, inviterName } = await prisma.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { workspaceId: actor.workspaceId, user: { email } }, select: { id: true } });
    if (member) throw new AppError("conflict", `${email} is already a member of this workspace.`);
    const pending = await tx.invitation.findFirst({
      where: { workspaceId: actor.workspaceId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true },
    });
    if (pending) throw new AppError("conflict", `${email} already has a pending invitation. Resend it instead.`);
    // Members plus pending invitations may not exceed the plan's seats.
    await assertPlanCapacity(actor.workspaceId, "seats", tx, billingAccount);
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { name: true } });
    const inviter = actor.userId ? await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true } }) : null;
    const invitation = await tx.invitation.create({
      data: { workspaceId: actor.workspaceId, email, role, tokenHash, invitedById: actor.userId, expiresAt },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(
      { workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "member.invited", target: { type: "invitation", id: invitation.id }, after: { email, role } },
      tx,
    );
    return { invitation, workspaceName: workspace.name, inviterName: inviter ? (inviter.name ?? inviter.email) : null };
  });
  await sendInvitationEmail({ to: email, token, workspaceName, inviterName, role, expiresAt });
  return invitation;
}
