import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email/send-email";
import { env } from "@/lib/env";
import { logCrmEvent } from "./webhooks/log-crm-event";
import { dispatchWebhooks } from "./webhooks/webhook-dispatcher";

/**
 * Sends the reminders that are due (remindAt passed, task open, not yet
 * reminded): an email to the assignee and a task.due event. Each task is
 * claimed with a conditional update first, so overlapping runs remind once.
 */
export async function sendTaskReminders(now = new Date(), batch = 200): Promise<{ reminded: number }> {
  const due = await prisma.task.findMany({
    where: { remindAt: { lte: now }, reminderSentAt: null, completedAt: null },
    orderBy: { remindAt: "asc" },
    take: batch,
    select: { id: true, workspaceId: true, title: true, dueAt: true, remindAt: true, assigneeId: true, contactId: true, companyId: true, dealId: true },
  });
  let reminded = 0;
  for (const task of due) {
    const claimed = await prisma.task.updateMany({ where: { id: task.id, reminderSentAt: null }, data: { reminderSentAt: now } });
    if (claimed.count === 0) continue;
    reminded++;
    const assignee = task.assigneeId ? await prisma.user.findUnique({ where: { id: task.assigneeId }, select: { email: true } }) : null;
    if (assignee) {
      const record = task.dealId ? `deals/${task.dealId}` : task.contactId ? `contacts/${task.contactId}` : task.companyId ? `companies/${task.companyId}` : "";
      await sendEmail({ to: assignee.email, sharedWithAdmins: true, subject: `Reminder: ${task.title}`.slice(0, 200), text: `${task.title}\n${task.dueAt ? `Due ${task.dueAt.toUTCString()}\n` : ""}\n${env.APP_URL}/crm/${record}\n` });
    }
    const deliveries = await logCrmEvent(task.workspaceId, "task.due", { id: task.id, title: task.title, dueAt: task.dueAt?.toISOString() ?? null, assigneeId: task.assigneeId, contactId: task.contactId, companyId: task.companyId, dealId: task.dealId }, { dedupeKey: `task.due:${task.id}:${task.remindAt!.toISOString()}` });
    await dispatchWebhooks(task.workspaceId, deliveries);
  }
  return { reminded };
}
