import { prisma } from "@/lib/db/prisma";
import { systemActor } from "./crm-actor";
import { recordActivity } from "./record-activity";

const DAY = 86_400_000;
// Older unanswered mail is history, not a nudge.
const WINDOW_DAYS = 7;

/**
 * "No reply in N days": for each workspace with mailboxes, contacts whose last
 * email to us is older than N days (the smallest followUpDays of its mailbox
 * policies; 3 by default) with no reply since get an open follow-up task for
 * their owner. The task's dedupeKey names the unanswered email's time, so a
 * nudge is created once per unanswered email.
 */
export async function createFollowUpNudges(now = new Date()): Promise<{ created: number }> {
  const [mailboxes, policies] = await Promise.all([
    prisma.mailbox.findMany({ select: { id: true, workspaceId: true } }),
    prisma.crmMailboxPolicy.findMany({ select: { mailboxId: true, followUpDays: true } }),
  ]);
  const policyOf = new Map(policies.map((p) => [p.mailboxId, p.followUpDays]));
  const daysByWorkspace = new Map<string, number>();
  for (const m of mailboxes) {
    const days = policyOf.has(m.id) ? policyOf.get(m.id)! : 3;
    if (days === null) continue;
    daysByWorkspace.set(m.workspaceId, Math.min(daysByWorkspace.get(m.workspaceId) ?? Infinity, days));
  }
  let created = 0;
  for (const [workspaceId, days] of daysByWorkspace) {
    const before = new Date(now.getTime() - days * DAY);
    const after = new Date(before.getTime() - WINDOW_DAYS * DAY);
    const contacts = await prisma.contact.findMany({
      where: { workspaceId, lastInboundAt: { lte: before, gte: after } },
      select: { id: true, name: true, ownerId: true, lastInboundAt: true, lastOutboundAt: true },
      take: 500,
    });
    for (const c of contacts.filter((c) => !c.lastOutboundAt || c.lastOutboundAt < c.lastInboundAt!)) {
      const dedupeKey = `nudge:${c.id}:${c.lastInboundAt!.toISOString()}`;
      const result = await prisma.task.createMany({
        data: [{ workspaceId, title: `Follow up with ${c.name}: no reply in ${days} days`, contactId: c.id, assigneeId: c.ownerId, dueAt: now, remindAt: now, dedupeKey }],
        skipDuplicates: true,
      });
      if (result.count === 0) continue;
      created++;
      await recordActivity(systemActor(workspaceId), { type: "task", title: `Follow-up nudge: no reply in ${days} days`, dedupeKey, links: [{ recordType: "contact", recordId: c.id }] });
    }
  }
  return { created };
}
