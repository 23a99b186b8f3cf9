import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";

/** The fields of a stored email the CRM needs, scoped to the workspace (404 otherwise). */
export async function loadCrmMessage(workspaceId: string, messageId: string) {
  const message = await prisma.mailMessage.findFirst({
    where: { id: messageId, workspaceId },
    select: { id: true, mailboxId: true, threadId: true, direction: true, fromAddress: true, fromName: true, to: true, cc: true, subject: true, snippet: true, receivedAt: true, mailbox: { select: { connectedById: true } } },
  });
  if (!message) throw new AppError("not_found", "Email not found.");
  const mailboxes = await prisma.mailbox.findMany({ where: { workspaceId }, select: { emailAddress: true } });
  return { message, ownAddresses: new Set(mailboxes.map((m) => m.emailAddress.toLowerCase())) };
}

export type CrmMessage = Awaited<ReturnType<typeof loadCrmMessage>>["message"];

/** Who owns what email feeding creates: the mailbox's connector, else the workspace owner. */
export async function defaultOwnerId(workspaceId: string, message: CrmMessage): Promise<string | null> {
  if (message.mailbox.connectedById) {
    const member = await prisma.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: message.mailbox.connectedById } }, select: { userId: true } });
    if (member) return member.userId;
  }
  const owner = await prisma.membership.findFirst({ where: { workspaceId, role: "OWNER" }, orderBy: { createdAt: "asc" }, select: { userId: true } });
  return owner?.userId ?? null;
}
