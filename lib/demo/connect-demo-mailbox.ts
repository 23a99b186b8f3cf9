import { setMailboxPolicy } from "@/lib/crm/mailbox-policy";
import type { Db } from "@/lib/db/prisma";
import type { GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { announceMailboxConnected } from "@/lib/mailboxes/announce-mailbox-connected";
import { saveConnectedMailbox } from "@/lib/mailboxes/save-connected-mailbox";
import { DEMO_MAILBOX_ADDRESS } from "./demo-mailbox-config";
import type { DemoMailQueue } from "./demo-story-mail";

/**
 * Connects the demo workspace's sandbox mailbox the way a member's Connect
 * Gmail does (encrypted tokens, audit, gmail/mailbox.connected → watch and
 * backfill), with the demo business's last two weeks of mail already in it so
 * the backfill has something to import. After a restart the mailbox an earlier
 * run connected is kept with its stored mail and reconnected (a reconnect keeps
 * the sync cursor; the new sandbox's history ids start above it): nothing is
 * preloaded again, and the story continues after what was already delivered.
 */
export async function connectDemoMailbox(
  db: Db,
  sandbox: GmailSandbox,
  owner: { workspaceId: string; userId: string },
  mail: DemoMailQueue,
): Promise<{ mailboxId: string; preloaded: number; resumed: boolean }> {
  // The launcher is not the app process: the shared client (used by the mailbox and job code) must use the database it opened.
  (globalThis as unknown as { fikiriPrisma?: Db }).fikiriPrisma = db;
  const existing = await db.mailbox.findUnique({
    where: { workspaceId_emailAddress: { workspaceId: owner.workspaceId, emailAddress: DEMO_MAILBOX_ADDRESS } },
    select: { id: true, _count: { select: { messages: true } } },
  });
  if (existing) mail.skip(existing._count.messages);

  let preloaded = 0;
  // Oldest first, so Gmail's history order matches arrival order.
  for (let item = existing ? null : mail.nextBackfill(); item; item = mail.nextBackfill()) {
    sandbox.addMessage(DEMO_MAILBOX_ADDRESS, item.raw, ["INBOX", "UNREAD"], { internalDate: item.internalDate });
    preloaded++;
  }

  const grant = sandbox.issueGrant(DEMO_MAILBOX_ADDRESS);
  const { mailbox } = await saveConnectedMailbox({
    workspaceId: owner.workspaceId,
    emailAddress: DEMO_MAILBOX_ADDRESS,
    connectedById: owner.userId,
    refreshToken: grant.refreshToken,
    accessToken: grant.accessToken,
    accessTokenExpiresAt: grant.expiresAt,
    scopes: grant.scope.split(" "),
    audit: { userId: owner.userId, userAgent: "fikiri demo launcher" },
  });
  // The demo shows the CRM filling from mail: every human sender becomes a contact (never spam or bulk mail),
  // not only leads, which Offline AI does not pick out.
  // A policy someone chose in CRM → Settings is kept.
  if (!(await db.crmMailboxPolicy.findUnique({ where: { mailboxId: mailbox.id } }))) {
    await setMailboxPolicy(owner.workspaceId, { mailboxId: mailbox.id, contactCreation: "ALL", followUpDays: 3 });
  }
  await announceMailboxConnected(mailbox);
  return { mailboxId: mailbox.id, preloaded, resumed: Boolean(existing) };
}
