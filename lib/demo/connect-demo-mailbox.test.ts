import { google } from "googleapis";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { MAILBOX_CONNECTED_EVENT } from "@/lib/mailboxes/mailbox-schemas";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { connectDemoMailbox } from "./connect-demo-mailbox";
import { DEMO_MAILBOX_ADDRESS } from "./demo-mailbox-config";
import { demoStoryMail } from "./demo-story-mail";
import { DEMO_STORY } from "./mail/demo-story";
import { seedDemoWorkspace } from "./seed-demo-workspace";

let db: TestDatabase;
let sandbox: GmailSandbox;

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  sandbox = await startGmailSandbox({ accounts: [DEMO_MAILBOX_ADDRESS] });
}, 120_000);
afterAll(async () => {
  await sandbox?.stop();
  await db?.drop();
});

const BACKFILL = DEMO_STORY.filter((e) => !e.live).length;
const LIVE = DEMO_STORY.length - BACKFILL;

describe("the demo mailbox", () => {
  test("the story is two weeks of every kind of mail, then live mail; dated inside the backfill window, never in the future", () => {
    const now = new Date();
    const a = demoStoryMail(DEMO_MAILBOX_ADDRESS, now, 14);
    const kinds = new Set<string>();
    let previous = 0;
    for (let item = a.nextBackfill(); item; item = a.nextBackfill()) {
      expect(item.internalDate).toBeGreaterThanOrEqual(previous);
      expect(item.internalDate).toBeLessThanOrEqual(now.getTime());
      expect(now.getTime() - item.internalDate).toBeLessThan(14 * 86_400_000);
      previous = item.internalDate;
      kinds.add(item.kind);
    }
    expect([...kinds].sort()).toEqual(["booking", "customer", "invoice", "lead", "newsletter", "notification", "payment", "phishing", "spam", "support", "vendor"]);
    expect(a.remaining()).toBe(LIVE);
    expect(a.next()).toMatchObject({ live: true });
    // A shorter backfill window squeezes the story into it.
    const short = demoStoryMail(DEMO_MAILBOX_ADDRESS, now, 3);
    for (let item = short.nextBackfill(); item; item = short.nextBackfill()) expect(now.getTime() - item.internalDate).toBeLessThan(3 * 86_400_000);
  });

  test("is connected like a member's Connect Gmail, with two weeks of mail to backfill; a restart keeps it and its mail", async () => {
    const owner = await seedDemoWorkspace(prisma);
    const first = await connectDemoMailbox(db.prisma, sandbox, owner, demoStoryMail(DEMO_MAILBOX_ADDRESS));
    expect(first).toMatchObject({ preloaded: BACKFILL, resumed: false });

    const mailbox = await prisma.mailbox.findUniqueOrThrow({ where: { id: first.mailboxId } });
    expect(mailbox).toMatchObject({ workspaceId: owner.workspaceId, emailAddress: DEMO_MAILBOX_ADDRESS, status: "ACTIVE", connectedById: owner.userId });
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: decryptSecret(mailbox.accessTokenEnc!) });
    const gmail = google.gmail({ version: "v1", auth, rootUrl: sandbox.url });
    expect((await gmail.users.getProfile({ userId: "me" })).data).toMatchObject({ emailAddress: DEMO_MAILBOX_ADDRESS, messagesTotal: BACKFILL });
    const recent = await gmail.users.messages.list({ userId: "me", q: "newer_than:14d", maxResults: 100 });
    expect(recent.data.messages).toHaveLength(BACKFILL);
    expect(await prisma.crmMailboxPolicy.findUnique({ where: { mailboxId: mailbox.id } })).toMatchObject({ contactCreation: "ALL" });
    const events = await prisma.jobEvent.findMany({ where: { name: MAILBOX_CONNECTED_EVENT } });
    expect(events.map((e) => e.data)).toEqual([{ workspaceId: owner.workspaceId, mailboxId: mailbox.id }]);

    // A restart: a stored message and an advanced cursor from the earlier run survive the reconnect.
    const thread = await prisma.mailThread.create({ data: { workspaceId: owner.workspaceId, mailboxId: mailbox.id, providerThreadId: "t-old", lastMessageAt: new Date() } });
    await prisma.mailMessage.create({ data: { workspaceId: owner.workspaceId, mailboxId: mailbox.id, threadId: thread.id, providerMessageId: "m-old", receivedAt: new Date() } });
    await prisma.mailbox.update({ where: { id: mailbox.id }, data: { historyId: 100_123n } });
    const samples = demoStoryMail(DEMO_MAILBOX_ADDRESS);
    const again = await connectDemoMailbox(db.prisma, sandbox, owner, samples);
    expect(again).toEqual({ mailboxId: mailbox.id, preloaded: 0, resumed: true });
    expect(await prisma.mailMessage.count({ where: { mailboxId: mailbox.id } })).toBe(1);
    expect((await prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } })).historyId).toBe(100_123n);
    // The story continues after the one message already delivered.
    expect(samples.remaining()).toBe(DEMO_STORY.length - 1);
  });
});
