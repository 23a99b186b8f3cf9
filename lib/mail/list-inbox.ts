import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { decodeInboxCursor, encodeInboxCursor } from "./inbox-cursor";
import { loadTriageBadges, type TriageBadgeData } from "./load-triage-badges";
import type { InboxQuery } from "./mail-schemas";

export interface InboxItem {
  id: string;
  threadId: string;
  mailboxId: string;
  mailboxAddress: string;
  fromName: string | null;
  fromAddress: string | null;
  subject: string | null;
  snippet: string | null;
  receivedAt: string;
  direction: "INBOUND" | "OUTBOUND";
  parseStatus: "PARSED" | "TRUNCATED" | "FAILED";
  unread: boolean;
  hasAttachments: boolean;
  triage: TriageBadgeData | null;
}

export interface InboxPage {
  items: InboxItem[];
  nextCursor: string | null;
}

/**
 * One page of a workspace's stored mail, newest first, by keyset on
 * (receivedAt, id): served by the (workspaceId, receivedAt desc) index, so a
 * deep page costs the same as the first.
 */
export async function listInbox(workspaceId: string, query: InboxQuery): Promise<InboxPage> {
  const cursor = decodeInboxCursor(query.cursor);
  const where: Prisma.MailMessageWhereInput = {
    workspaceId,
    ...(query.mailboxId ? { mailboxId: query.mailboxId } : {}),
    ...(cursor ? { OR: [{ receivedAt: { lt: cursor.receivedAt } }, { receivedAt: cursor.receivedAt, id: { lt: cursor.id } }] } : {}),
  };
  const rows = await prisma.mailMessage.findMany({
    where,
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true, threadId: true, mailboxId: true, fromName: true, fromAddress: true, subject: true, snippet: true, receivedAt: true,
      direction: true, parseStatus: true, labelIds: true, mailbox: { select: { emailAddress: true } }, _count: { select: { attachments: true } },
    },
  });
  const page = rows.slice(0, query.limit);
  const badges = await loadTriageBadges(workspaceId, page.map((r) => r.id));
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id, threadId: r.threadId, mailboxId: r.mailboxId, mailboxAddress: r.mailbox.emailAddress,
      fromName: r.fromName, fromAddress: r.fromAddress, subject: r.subject, snippet: r.snippet, receivedAt: r.receivedAt.toISOString(),
      direction: r.direction, parseStatus: r.parseStatus, unread: r.labelIds.includes("UNREAD"), hasAttachments: r._count.attachments > 0,
      triage: badges.get(r.id) ?? null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeInboxCursor(last) : null,
  };
}

/** The workspace's mailboxes for the inbox filter (any status: disconnected mail stays readable). */
export async function listInboxMailboxes(workspaceId: string) {
  return prisma.mailbox.findMany({ where: { workspaceId }, orderBy: { emailAddress: "asc" }, select: { id: true, emailAddress: true, status: true } });
}
