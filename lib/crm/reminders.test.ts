import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createFollowUpNudges } from "./create-follow-up-nudges";
import { createContact } from "./create-contact";
import { createTask } from "./manage-tasks";
import { setMailboxPolicy } from "./mailbox-policy";
import { sendTaskReminders } from "./send-task-reminders";
import { seedMailbox } from "./testing/seed-mail";
import { setWebhookDispatcher } from "./webhooks/webhook-dispatcher";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  setWebhookDispatcher({ dispatch: async () => {} });
});
afterAll(async () => {
  setWebhookDispatcher(null);
  await db.drop();
});

const DAY = 86_400_000;

describe("reminders and nudges", () => {
  test("a due reminder emails the assignee once and emits task.due once, even when runs overlap", async () => {
    const { workspace, user } = await createTestWorkspace();
    const actor = { workspaceId: workspace.id, type: "USER" as const, userId: user.id };
    const now = new Date();
    await createTask(actor, { title: "Call back Acme", dueAt: new Date(now.getTime() - 60_000) });
    await createTask(actor, { title: "Later", dueAt: new Date(now.getTime() + DAY) });
    const runs = await Promise.all([sendTaskReminders(now), sendTaskReminders(now)]);
    expect(runs.reduce((n, r) => n + r.reminded, 0)).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { to: user.email, subject: "Reminder: Call back Acme" } })).toBe(1);
    expect(await prisma.outgoingWebhookEvent.count({ where: { workspaceId: workspace.id, type: "task.due" } })).toBe(1);
    expect((await sendTaskReminders(now)).reminded).toBe(0);
  });

  test("no reply in N days creates one follow-up task per unanswered email; answered or fresh mail does not", async () => {
    const { workspace, user } = await createTestWorkspace();
    const actor = { workspaceId: workspace.id, type: "USER" as const, userId: user.id };
    const mailbox = await seedMailbox(workspace.id);
    await setMailboxPolicy(workspace.id, { mailboxId: mailbox.id, contactCreation: "LEADS", followUpDays: 2 });
    const now = new Date();
    const waiting = await createContact(actor, { name: "Waiting Walt" });
    const answered = await createContact(actor, { name: "Answered Ann" });
    const fresh = await createContact(actor, { name: "Fresh Fred" });
    await prisma.contact.update({ where: { id: waiting.id }, data: { lastInboundAt: new Date(now.getTime() - 3 * DAY) } });
    await prisma.contact.update({ where: { id: answered.id }, data: { lastInboundAt: new Date(now.getTime() - 3 * DAY), lastOutboundAt: new Date(now.getTime() - 2.5 * DAY) } });
    await prisma.contact.update({ where: { id: fresh.id }, data: { lastInboundAt: new Date(now.getTime() - DAY) } });
    await createFollowUpNudges(now);
    await createFollowUpNudges(now);
    const tasks = await prisma.task.findMany({ where: { workspaceId: workspace.id } });
    expect(tasks.map((t) => t.contactId)).toEqual([waiting.id]);
    expect(tasks[0]).toMatchObject({ title: "Follow up with Waiting Walt: no reply in 2 days", assigneeId: user.id });
  });
});
