import type { Mailbox } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { gmailForMailbox } from "@/lib/gmail/gmail-client";
import { logger } from "@/lib/observability/logger";

export interface ReplyReferences {
  /** Message-ID the reply answers (without angle brackets), or null when no message of the thread has one. */
  inReplyTo: string | null;
  references: string[];
}

interface ReplyTo {
  id: string;
  workspaceId: string;
  threadId: string;
  providerMessageId: string;
  rfcMessageId: string | null;
  references: string[];
}

const bare = (id: string) => id.trim().replace(/^<|>$/g, "");

/** The Message-ID header Gmail holds for the message (format=metadata, 5 quota units); null if none or Gmail fails. */
async function gmailMessageId(mailbox: Mailbox, providerMessageId: string): Promise<string | null> {
  try {
    const gmail = await gmailForMailbox(mailbox);
    const { data } = await gmail.users.messages.get({ userId: "me", id: providerMessageId, format: "metadata", metadataHeaders: ["Message-ID"] });
    const value = data.payload?.headers?.find((h) => h.name?.toLowerCase() === "message-id")?.value;
    const id = value ? /<([^<>\s]+)>/.exec(value)?.[1] ?? bare(value) : "";
    return id || null;
  } catch (err) {
    logger.warn({ err, providerMessageId }, "could not read the message's Message-ID from Gmail; threading by the thread's other messages");
    return null;
  }
}

/**
 * The In-Reply-To and References a reply needs to stay in its Gmail thread.
 * Gmail files an API-created draft or message into the requested thread only
 * if References/In-Reply-To name a message of that thread and the subject
 * matches (https://developers.google.com/workspace/gmail/api/guides/threads);
 * otherwise it starts a new thread. A message without a Message-ID therefore
 * cannot be named itself, so, in order:
 *  1. the stored Message-ID;
 *  2. the Message-ID Gmail holds for it (format=metadata): Gmail adds one to
 *     mail that arrived without it, and a row whose header we could not parse
 *     may still have one there;
 *  3. the newest other message of the same thread that has one (and its
 *     references): naming any message of the thread is enough for Gmail.
 * If none of them exists (a thread of one message that has no Message-ID
 * anywhere) the reply cannot join the thread: it is still sent with the
 * threadId and "Re: <subject>", and Gmail puts it in a new thread; the app
 * keeps it linked to the message it answers.
 */
export async function resolveReplyReferences(message: ReplyTo, mailbox: Mailbox): Promise<ReplyReferences> {
  if (message.rfcMessageId) return { inReplyTo: message.rfcMessageId, references: message.references };
  const fromGmail = await gmailMessageId(mailbox, message.providerMessageId);
  if (fromGmail) return { inReplyTo: fromGmail, references: message.references };
  const sibling = await prisma.mailMessage.findFirst({
    where: { workspaceId: message.workspaceId, threadId: message.threadId, id: { not: message.id }, rfcMessageId: { not: null } },
    orderBy: { receivedAt: "desc" },
    select: { rfcMessageId: true, references: true },
  });
  if (!sibling) return { inReplyTo: null, references: message.references };
  return { inReplyTo: sibling.rfcMessageId, references: [...new Set([...sibling.references, ...message.references])] };
}
