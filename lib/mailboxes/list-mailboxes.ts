import { prisma } from "@/lib/db/prisma";
import { gmailConnectTarget } from "./gmail-oauth-client";
import { DISCONNECTED_BY_MEMBER } from "./disconnect-mailbox";
import type { MailboxList, MailboxView } from "./mailbox-schemas";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The workspace's mailboxes with status, sync times and backfill progress (never tokens), oldest first; removed ones are left out. */
export async function listMailboxes(workspaceId: string): Promise<MailboxList> {
  const rows = await prisma.mailbox.findMany({
    where: { workspaceId, removedAt: null },
    orderBy: { createdAt: "asc" },
    omit: { refreshTokenEnc: true, accessTokenEnc: true },
    include: { _count: { select: { messages: true } } },
  });
  const userIds = [...new Set(rows.map((r) => r.connectedById).filter((id): id is string => Boolean(id)))];
  const users = userIds.length ? await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }) : [];
  const nameOf = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  const mailboxes: MailboxView[] = rows.map((m) => ({
    id: m.id,
    emailAddress: m.emailAddress,
    provider: m.provider,
    status: m.status,
    statusReason: m.statusReason,
    lastPushAt: iso(m.lastPushAt),
    lastSyncAt: iso(m.lastSyncAt),
    watchExpiresAt: iso(m.watchExpiresAt),
    backfill: {
      status: m.backfillStatus,
      done: m.backfillDone,
      total: m.backfillTotal,
      days: m.backfillDays,
      startedAt: iso(m.backfillStartedAt),
      finishedAt: iso(m.backfillFinishedAt),
    },
    messageCount: m._count.messages,
    connectedBy: m.connectedById ? (nameOf.get(m.connectedById) ?? null) : null,
    disconnectedAt: iso(m.disconnectedAt),
    createdAt: m.createdAt.toISOString(),
  }));
  return { mailboxes, connectTarget: gmailConnectTarget() };
}

/** Mailboxes that lost their connection without anyone choosing to disconnect them (a revoked grant): the reconnect banner. */
export async function listMailboxesNeedingReconnect(workspaceId: string): Promise<{ id: string; emailAddress: string; statusReason: string | null }[]> {
  return prisma.mailbox.findMany({
    where: { workspaceId, status: "DISCONNECTED", removedAt: null, OR: [{ statusReason: null }, { statusReason: { not: DISCONNECTED_BY_MEMBER } }] },
    select: { id: true, emailAddress: true, statusReason: true },
    orderBy: { emailAddress: "asc" },
  });
}
