import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

const rid = () => randomBytes(6).toString("hex");

/** A mailbox and one stored inbound email with the headers and body triage reads. */
export async function seedTriageMessage(
  workspaceId: string,
  m: { from: string; fromName?: string; subject: string; text: string; headers?: { name: string; value: string }[]; mailboxId?: string },
) {
  const mailboxId = m.mailboxId ?? (await prisma.mailbox.create({ data: { workspaceId, emailAddress: `inbox-${rid()}@ourshop.test` } })).id;
  const thread = await prisma.mailThread.create({ data: { workspaceId, mailboxId, providerThreadId: rid(), subject: m.subject, lastMessageAt: new Date() } });
  return prisma.mailMessage.create({
    data: {
      workspaceId,
      mailboxId,
      threadId: thread.id,
      providerMessageId: rid(),
      fromAddress: m.from,
      fromName: m.fromName ?? null,
      to: [{ name: "", address: "owner@ourshop.test" }],
      subject: m.subject,
      textBody: m.text,
      headers: [{ name: "From", value: m.from }, { name: "Subject", value: m.subject }, ...(m.headers ?? [])],
      receivedAt: new Date(),
    },
  });
}
