import { prisma } from "@/lib/db/prisma";
import { loadTriageBadges, type TriageBadgeData } from "./load-triage-badges";
import type { MailAddress, MailHeader } from "./parse-mime";
import { sanitizeEmailHtml } from "./sanitize-email-html";

export interface ThreadMessageView {
  id: string;
  providerMessageId: string;
  fromName: string | null;
  fromAddress: string | null;
  to: MailAddress[];
  cc: MailAddress[];
  replyTo: MailAddress[];
  subject: string | null;
  sentAt: string | null;
  receivedAt: string;
  direction: "INBOUND" | "OUTBOUND";
  textBody: string | null;
  /** Stored sanitised HTML with remote content held back. */
  html: string | null;
  /** The same HTML with remote images allowed; null when it has none. */
  htmlWithRemote: string | null;
  headers: MailHeader[];
  labelIds: string[];
  parseStatus: "PARSED" | "TRUNCATED" | "FAILED";
  parseError: string | null;
  rawSize: number | null;
  attachments: { id: string; filename: string | null; contentType: string; size: number; inline: boolean }[];
  triage: TriageBadgeData | null;
}

export interface MessageThreadView {
  messageId: string;
  mailboxAddress: string;
  threadSubject: string | null;
  messages: ThreadMessageView[];
}

const asList = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** Thread sizes beyond this show the newest messages only; long threads stay fast to open. */
const MAX_THREAD_MESSAGES = 100;

/** The thread of one stored message, oldest first, scoped to the workspace; null when not found there. */
export async function getMessageThread(workspaceId: string, messageId: string): Promise<MessageThreadView | null> {
  const anchor = await prisma.mailMessage.findFirst({
    where: { id: messageId, workspaceId },
    select: { id: true, threadId: true, thread: { select: { subject: true } }, mailbox: { select: { emailAddress: true } } },
  });
  if (!anchor) return null;
  const rows = await prisma.mailMessage.findMany({
    where: { workspaceId, threadId: anchor.threadId },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: MAX_THREAD_MESSAGES,
    include: { attachments: { select: { id: true, filename: true, contentType: true, size: true, inline: true } }, raw: { select: { size: true } } },
  });
  const badges = await loadTriageBadges(workspaceId, rows.map((r) => r.id));
  const messages = rows.reverse().map((r): ThreadMessageView => {
    const withRemote = r.htmlBody ? sanitizeEmailHtml(r.htmlBody, { allowRemote: true }) : null;
    return {
      id: r.id, providerMessageId: r.providerMessageId, fromName: r.fromName, fromAddress: r.fromAddress,
      to: asList<MailAddress>(r.to), cc: asList<MailAddress>(r.cc), replyTo: asList<MailAddress>(r.replyTo),
      subject: r.subject, sentAt: r.sentAt?.toISOString() ?? null, receivedAt: r.receivedAt.toISOString(), direction: r.direction,
      textBody: r.textBody, html: r.htmlBody, htmlWithRemote: withRemote && withRemote.remoteImages > 0 ? withRemote.html : null,
      headers: asList<MailHeader>(r.headers), labelIds: r.labelIds, parseStatus: r.parseStatus, parseError: r.parseError,
      rawSize: r.raw?.size ?? null, attachments: r.attachments, triage: badges.get(r.id) ?? null,
    };
  });
  return { messageId: anchor.id, mailboxAddress: anchor.mailbox.emailAddress, threadSubject: anchor.thread.subject, messages };
}
