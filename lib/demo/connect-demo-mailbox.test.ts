import { google } from "googleapis";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { MAILBOX_CONNECTED_EVENT } from "@/lib/mailboxes/mailbox-schemas";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { connectDemoMailbox } from "./connect-demo-mailbox";
import { DEMO_BACKFILL_COUNT, DEMO_MAILBOX_ADDRESS, sampleMailDir } from "./demo-mailbox-config";
import { demoSampleMail } from "./demo-sample-mail";
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

describe("the demo mailbox", () => {
  const dir = sampleMailDir();

  test.skipIf(!dir)("sample mail is a stable mix of categories, large files left out", () => {
    const a = demoSampleMail(dir!, 40);
    const b = demoSampleMail(dir!, 40);
    const categories = new Set<string>();
    for (let i = 0; i < 16; i++) {
      const x = a.next()!;
      expect(x.raw.equals(b.next()!.raw)).toBe(true);
      expect(x.raw.length).toBeLessThanOrEqual(256 * 1024);
      categories.add(x.category);
    }
    expect([...categories].sort()).toEqual(["business", "mailing_list", "newsletter", "notification", "personal", "phishing", "scheduling", "spam"]);
    expect(a.remaining()).toBe(24);
  });

  test.skipIf(!dir)("is connected like a member's Connect Gmail, with recent mail to backfill; a restart keeps it and its mail", async () => {
    const owner = await seedDemoWorkspace(prisma);
    const first = await connectDemoMailbox(db.prisma, sandbox, owner, demoSampleMail(dir!, 30), 14);
    expect(first).toMatchObject({ preloaded: DEMO_BACKFILL_COUNT, resumed: false });

    const mailbox = await prisma.mailbox.findUniqueOrThrow({ where: { id: first.mailboxId } });
    expect(mailbox).toMatchObject({ workspaceId: owner.workspaceId, emailAddress: DEMO_MAILBOX_ADDRESS, status: "ACTIVE", connectedById: owner.userId });
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: decryptSecret(mailbox.accessTokenEnc!) });
    const gmail = google.gmail({ version: "v1", auth, rootUrl: sandbox.url });
    expect((await gmail.users.getProfile({ userId: "me" })).data).toMatchObject({ emailAddress: DEMO_MAILBOX_ADDRESS, messagesTotal: DEMO_BACKFILL_COUNT });
    const recent = await gmail.users.messages.list({ userId: "me", q: "newer_than:14d", maxResults: 100 });
    expect(recent.data.messages).toHaveLength(DEMO_BACKFILL_COUNT);
    expect(await prisma.crmMailboxPolicy.findUnique({ where: { mailboxId: mailbox.id } })).toMatchObject({ contactCreation: "ALL" });
    const events = await prisma.jobEvent.findMany({ where: { name: MAILBOX_CONNECTED_EVENT } });
    expect(events.map((e) => e.data)).toEqual([{ workspaceId: owner.workspaceId, mailboxId: mailbox.id }]);

    // A restart: a stored message and an advanced cursor from the earlier run survive the reconnect.
    const thread = await prisma.mailThread.create({ data: { workspaceId: owner.workspaceId, mailboxId: mailbox.id, providerThreadId: "t-old", lastMessageAt: new Date() } });
    await prisma.mailMessage.create({ data: { workspaceId: owner.workspaceId, mailboxId: mailbox.id, threadId: thread.id, providerMessageId: "m-old", receivedAt: new Date() } });
    await prisma.mailbox.update({ where: { id: mailbox.id }, data: { historyId: 100_123n } });
    const samples = demoSampleMail(dir!, 30);
    const again = await connectDemoMailbox(db.prisma, sandbox, owner, samples, 14);
    expect(again).toEqual({ mailboxId: mailbox.id, preloaded: 0, resumed: true });
    expect(await prisma.mailMessage.count({ where: { mailboxId: mailbox.id } })).toBe(1);
    expect((await prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } })).historyId).toBe(100_123n);
    // The sample mail continues after the one message already delivered.
    expect(samples.remaining()).toBe(29);
  });
});
