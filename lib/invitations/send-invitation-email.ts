import type { Role } from "@/generated/prisma/enums";
import { sendEmail } from "@/lib/email/send-email";
import { invitationUrl } from "./invitation-token";

const ROLE_LABEL: Record<Role, string> = { OWNER: "an owner", ADMIN: "an admin", MEMBER: "a member", VIEWER: "a viewer" };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The invitation email with its accept link. */
export async function sendInvitationEmail(input: { to: string; token: string; workspaceName: string; inviterName: string | null; role: Role; expiresAt: Date }) {
  const url = invitationUrl(input.token);
  const who = input.inviterName ?? "A teammate";
  const subject = `${who} invited you to ${input.workspaceName} on Fikiri`;
  const expires = input.expiresAt.toUTCString();
  const text = `${who} invited you to join ${input.workspaceName} on Fikiri as ${ROLE_LABEL[input.role]}.\n\nAccept the invitation: ${url}\n\nThe link expires on ${expires}. If you did not expect this, ignore this email.`;
  const html = `<p>${escapeHtml(who)} invited you to join <strong>${escapeHtml(input.workspaceName)}</strong> on Fikiri as ${ROLE_LABEL[input.role]}.</p><p><a href="${escapeHtml(url)}">Accept the invitation</a></p><p>The link expires on ${escapeHtml(expires)}. If you did not expect this, ignore this email.</p>`;
  return sendEmail({ to: input.to, subject, text, html });
}
