import { prisma } from "@/lib/db/prisma";
import type { GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { encryptSecret } from "@/lib/security/encrypt-secret";

/** A connected sandbox mailbox for the workspace (as a completed connect leaves it). */
export async function seedSandboxMailbox(sandbox: GmailSandbox, workspaceId: string, address: string) {
  const grant = sandbox.issueGrant(address);
  return prisma.mailbox.create({
    data: { workspaceId, emailAddress: address, refreshTokenEnc: encryptSecret(grant.refreshToken), accessTokenEnc: encryptSecret(grant.accessToken), accessTokenExpiresAt: grant.expiresAt, scopes: ["https://www.googleapis.com/auth/gmail.modify"] },
  });
}

/**
 * An inbound email delivered to the sandbox mailbox and stored as ingestion
 * stores it (thread with Gmail's thread id, RFC Message-ID, references).
 */
export async function seedInboundEmail(
  sandbox: GmailSandbox,
  mailbox: { id: string; workspaceId: string; emailAddress: string },
  m: { from: string; fromName?: string; subject: string; text: string; references?: string[] },
) {
  const rfcMessageId = `${Math.random().toString(36).slice(2)}@customer.test`;
  const refs = m.references?.length ? `References: ${m.references.map((r) => `<${r}>`).join(" ")}\r\n` : "";
  const raw = `From: ${m.fromName ? `${m.fromName} <${m.from}>` : m.from}\r\nTo: ${mailbox.emailAddress}\r\nSubject: ${m.subject}\r\nMessage-ID: <${rfcMessageId}>\r\n${refs}Content-Type: text/plain; charset=utf-8\r\n\r\n${m.text}\r\n`;
  const added = sandbox.addMessage(mailbox.emailAddress, raw);
  const thread = await prisma.mailThread.create({ data: { workspaceId: mailbox.workspaceId, mailboxId: mailbox.id, providerThreadId: added.threadId, subject: m.subject, lastMessageAt: new Date() } });
  return prisma.mailMessage.create({
    data: {
      workspaceId: mailbox.workspaceId,
      mailboxId: mailbox.id,
      threadId: thread.id,
      providerMessageId: added.id,
      rfcMessageId,
      references: m.references ?? [],
      fromAddress: m.from,
      fromName: m.fromName ?? null,
      to: [{ name: "", address: mailbox.emailAddress }],
      subject: m.subject,
      textBody: m.text,
      headers: [{ name: "From", value: m.from }, { name: "Subject", value: m.subject }, { name: "Message-ID", value: `<${rfcMessageId}>` }],
      labelIds: added.labelIds,
      receivedAt: new Date(),
    },
  });
}
