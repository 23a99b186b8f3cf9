/**
 * Gmail drops pushes beyond about one per second per user and notifies on
 * label changes too. With the sandbox doing the same (limitPushRate), a burst
 * of mail is only fully ingested thanks to catch-up-mailboxes, and the
 * app's own messages.modify produces a push that neither duplicates mail nor loops.
 */
import { NextRequest } from "next/server";
import { serve } from "inngest/next";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as gmailWebhook } from "@/app/api/webhooks/gmail/route";
import { modifyMessageLabels } from "@/lib/automations/modify-message-labels";
import { env } from "@/lib/env";
import { gmailRetryPolicy } from "@/lib/gmail/gmail-client";
import { createSandboxMailbox, pointGmailAtSandbox } from "@/lib/gmail/testing/sandbox-mailbox";
import type { SandboxPush } from "@/lib/gmail-sandbox/publish-push";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { createJobExecutor } from "@/lib/jobs/job-executor";
import { handlerTransport } from "@/lib/jobs/job-transport";
import { localSigningKey } from "@/lib/jobs/local-signing-key";
import { fakeClock } from "@/lib/jobs/testing/fake-clock";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { runUntilIdle } from "@/lib/jobs/testing/run-until-idle";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import type { TestDatabase } from "@/lib/testing/test-database";
import { catchUpMailboxes } from "./catch-up-mailboxes";
import { inngest } from "./client";
import { ingestEmail } from "./ingest-email";
import { startMailbox } from "./start-mailbox";
import { syncMailbox } from "./sync-mailbox";

const BURST = 25;
const pipeline = serve({ client: inngest, functions: [startMailbox, syncMailbox, ingestEmail, catchUpMailboxes] });

let db: TestDatabase;
let sandbox: GmailSandbox;
// The sandbox's clock: frozen, so "within the same second" does not depend on how loaded the machine is.
let sandboxNow = Date.now();
const pushes: SandboxPush[] = [];

async function deliverAll(): Promise<number[]> {
  const batch = pushes.splice(0);
  return Promise.all(
    batch.map(async (push) => {
      const headers = { "content-type": "application/json", authorization: `Bearer ${push.token}` };
      const req = new NextRequest("http://localhost/api/webhooks/gmail", { method: "POST", headers, body: JSON.stringify(push.body) });
      return (await gmailWebhook(req, { params: Promise.resolve({}) })).status;
    }),
  );
}

const mail = (i: number) =>
  `From: Buyer ${i} <buyer${i}@shop.test>\r\nTo: sales@catchup.test\r\nSubject: Order ${i}\r\n` +
  `Message-ID: <order-${i}-${Date.now()}@shop.test>\r\n\r\nI would like to order ${i} chairs.\r\n`;

beforeAll(async () => {
  db = await openJobsTestDatabase();
  sandbox = await startGmailSandbox({ now: () => sandboxNow, onPush: (p) => void pushes.push(p) });
  pointGmailAtSandbox(sandbox);
  env.GMAIL_REQUEST_TIMEOUT_MS = 1_500;
  Object.assign(gmailRetryPolicy, { baseDelayMs: 5, maxDelayMs: 50 });
});
afterAll(async () => {
  await sandbox?.stop();
  await db?.drop();
});

describe("catch-up-mailboxes with Gmail's push rate limit", () => {
  test("a burst whose pushes Gmail dropped is ingested by the catch-up; a label-change push adds nothing and does not loop", async () => {
    const { workspace } = await createTestWorkspace();
    const mailbox = await createSandboxMailbox(sandbox, { workspaceId: workspace.id, emailAddress: "sales@catchup.test" });
    const clock = fakeClock(new Date());
    const executor = createJobExecutor({
      transport: handlerTransport(pipeline),
      appUrl: "http://localhost:3000",
      signingKey: localSigningKey(),
      clock: clock.now,
      workers: 8,
    });
    await inngest.send({ name: "gmail/mailbox.connected", data: { workspaceId: workspace.id, mailboxId: mailbox.id } });
    await runUntilIdle(executor, clock, 500);
    const stored = () => db.prisma.mailMessage.count({ where: { mailboxId: mailbox.id } });
    const foundEvents = () => db.prisma.jobEvent.count({ where: { name: "mail/message.found", idempotencyKey: { startsWith: `found-${mailbox.id}-` } } });

    sandbox.limitPushRate(1_000);
    sandbox.addMessage(mailbox.emailAddress, mail(0));
    await sandbox.flushPushes();
    expect((await deliverAll()).every((s) => s === 200)).toBe(true);
    await runUntilIdle(executor, clock, 500);
    expect(await stored()).toBe(1);

    // The rest of the burst lands within the same second: Gmail drops every one of their pushes.
    for (let i = 1; i < BURST; i++) sandbox.addMessage(mailbox.emailAddress, mail(i));
    await sandbox.flushPushes();
    expect(pushes).toHaveLength(0);
    expect(sandbox.pushStats.dropped).toBe(BURST - 1);
    await runUntilIdle(executor, clock, 500);
    expect(await stored()).toBe(1);

    await inngest.send({ name: "gmail/catch-up.requested", data: {} });
    await runUntilIdle(executor, clock, 1_000);
    expect(await stored()).toBe(BURST);
    expect(await foundEvents()).toBe(BURST);
    const row = await db.prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
    expect(row.historyId?.toString()).toBe(String(sandbox.account(mailbox.emailAddress).historyId));

    // The app marks one message read (messages.modify): Gmail notifies for that label change too.
    sandboxNow += 2_000;
    const message = await db.prisma.mailMessage.findFirstOrThrow({ where: { mailboxId: mailbox.id } });
    const row2 = await db.prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
    await modifyMessageLabels(row2, message, { addLabelIds: [], removeLabelIds: ["UNREAD"] });
    await sandbox.flushPushes();
    expect(pushes).toHaveLength(1);
    const published = sandbox.pushStats.published;
    expect(await deliverAll()).toEqual([200]);
    await runUntilIdle(executor, clock, 500);
    await sandbox.flushPushes();
    // No new message, no duplicate, and the sync it caused changed nothing in Gmail (no further push).
    expect(sandbox.pushStats.published).toBe(published);
    expect(await stored()).toBe(BURST);
    expect(await foundEvents()).toBe(BURST);
    const cursor = (await db.prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } })).historyId?.toString();
    expect(cursor).toBe(String(sandbox.account(mailbox.emailAddress).historyId));

    // Nothing changed since: the next catch-up reads one history id per mailbox and starts no sync.
    const syncsBefore = await db.prisma.jobRun.count({ where: { functionId: { endsWith: "sync-mailbox" } } });
    await inngest.send({ name: "gmail/catch-up.requested", data: {} });
    await runUntilIdle(executor, clock, 200);
    expect(await db.prisma.jobRun.count({ where: { functionId: { endsWith: "sync-mailbox" } } })).toBe(syncsBefore);
    const catchUps = await db.prisma.jobRun.findMany({ where: { functionId: { endsWith: "catch-up-mailboxes" } }, select: { status: true, output: true } });
    expect(catchUps.map((r) => `${r.status} ${JSON.stringify(r.output, ["checked", "behind"])}`).sort()).toEqual([
      `COMPLETED {"checked":1,"behind":0}`,
      `COMPLETED {"checked":1,"behind":1}`,
    ]);
    const failed = await db.prisma.jobRun.findMany({ where: { status: "FAILED" }, select: { functionId: true, error: true } });
    expect(failed).toEqual([]);
  });
});
