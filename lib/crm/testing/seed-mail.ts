import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

const rid = () => randomBytes(6).toString("hex");

/** A connected mailbox for tests. */
export async function seedMailbox(workspaceId: string, emailAddress = `inbox-${rid()}@ourshop.test`, connectedById: string | null = null) {
  return prisma.mailbox.create({ data: { workspaceId, emailAddress, connectedById } });
}

/** One stored email (and its thread) for tests. */
export async function seedMessage(mailbox: { id: string; workspaceId: string; emailAddress: string }, m: { from: string; fromName?: string; to?: string[]; cc?: string[]; subject?: string; direction?: "INBOUND" | "OUTBOUND"; threadId?: string; receivedAt?: Date }) {
  const thread = m.threadId
    ? { id: m.threadId }
    : await prisma.mailThread.create({ data: { workspaceId: mailbox.workspaceId, mailboxId: mailbox.id, providerThreadId: rid(), subject: m.subject ?? "Hello", lastMessageAt: new Date() } });
  return prisma.mailMessage.create({
    data: {
      workspaceId: mailbox.workspaceId,
      mailboxId: mailbox.id,
      threadId: thread.id,
      providerMessageId: rid(),
      direction: m.direction ?? "INBOUND",
      fromAddress: m.from,
      fromName: m.fromName ?? null,
      to: (m.to ?? [mailbox.emailAddress]).map((address) => ({ name: "", address })),
      cc: (m.cc ?? []).map((address) => ({ name: "", address })),
      subject: m.subject ?? "Hello",
      snippet: "Snippet of the email",
      receivedAt: m.receivedAt ?? new Date(),
    },
  });
}
