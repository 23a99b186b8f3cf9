import { prisma } from "@/lib/db/prisma";
import { addressList, buildTriageInput, headerList, type TriageInput } from "./triage-input";

/** The stored message as triage sees it, or null when it is not this workspace's. */
export async function loadTriageInput(workspaceId: string, messageId: string): Promise<{ input: TriageInput; receivedAt: Date } | null> {
  const message = await prisma.mailMessage.findFirst({
    where: { id: messageId, workspaceId },
    select: {
      fromAddress: true,
      fromName: true,
      to: true,
      cc: true,
      replyTo: true,
      subject: true,
      textBody: true,
      htmlBody: true,
      headers: true,
      receivedAt: true,
      attachments: { select: { filename: true, contentType: true, size: true } },
    },
  });
  if (!message) return null;
  const input = buildTriageInput({
    fromAddress: message.fromAddress,
    fromName: message.fromName,
    to: addressList(message.to),
    cc: addressList(message.cc),
    replyTo: addressList(message.replyTo),
    subject: message.subject,
    textBody: message.textBody,
    htmlBody: message.htmlBody,
    headers: headerList(message.headers),
    attachments: message.attachments,
  });
  return { input, receivedAt: message.receivedAt };
}
