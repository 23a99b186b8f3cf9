import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { replySubject, type ReplyMime } from "./build-reply-mime";
import { resolveReplyReferences } from "./resolve-reply-references";

type Address = { name?: string; address?: string };

function first(list: unknown): Address | null {
  return Array.isArray(list) && list.length && typeof (list[0] as Address).address === "string" ? (list[0] as Address) : null;
}

/** Everything Gmail needs to file a draft reply in the right thread: mailbox, Gmail thread id, headers (subject and references). */
export async function loadReplyTarget(workspaceId: string, messageId: string, body: string) {
  const message = await prisma.mailMessage.findFirst({
    where: { id: messageId, workspaceId },
    select: {
      id: true,
      workspaceId: true,
      threadId: true,
      providerMessageId: true,
      fromAddress: true,
      fromName: true,
      replyTo: true,
      subject: true,
      rfcMessageId: true,
      references: true,
      thread: { select: { providerThreadId: true } },
      mailbox: true,
    },
  });
  if (!message) throw new AppError("not_found", "Message not found");
  const replyTo = first(message.replyTo);
  const to = replyTo?.address ?? message.fromAddress;
  if (!to) throw new AppError("validation_failed", "The message has no sender address to reply to");
  const mime: ReplyMime = {
    from: message.mailbox.emailAddress,
    to,
    subject: replySubject(message.subject),
    body,
    // Gmail threads the reply only if these name a message of the thread (see resolveReplyReferences).
    ...(await resolveReplyReferences(message, message.mailbox)),
  };
  return { mailbox: message.mailbox, providerThreadId: message.thread.providerThreadId, mime };
}
