import { InngestTestEngine } from "@inngest/test";
import { serve } from "inngest/next";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { env } from "@/lib/env";
import { gmailRetryPolicy } from "@/lib/gmail/gmail-client";
import { GRANT_REVOKED_REASON } from "@/lib/gmail/handle-revoked-grant";
import { createSandboxMailbox, pointGmailAtSandbox } from "@/lib/gmail/testing/sandbox-mailbox";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { createJobExecutor } from "@/lib/jobs/job-executor";
import { handlerTransport } from "@/lib/jobs/job-transport";
import { localSigningKey } from "@/lib/jobs/local-signing-key";
import { fakeClock } from "@/lib/jobs/testing/fake-clock";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { runUntilIdle } from "@/lib/jobs/testing/run-until-idle";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import type { TestDatabase } from "@/lib/testing/test-database";
import { inngest } from "./client";
import { ingestEmail } from "./ingest-email";
import { pruneGmailPushReceipts } from "./prune-gmail-push-receipts";
import { renewGmailWatches } from "./renew-gmail-watches";
import { startMailbox } from "./start-mailbox";
import { syncMailbox } from "./sync-mailbox";

let db: TestDatabase;
let sandbox: GmailSandbox;
let workspaceId: string;
let userId: string;
let n = 0;
const DAY = 86_400_000;
const handlers = serve({ client: inngest, functions: [startMailbox, syncMailbox, ingestEmail] });

function run() {
  const clock = fakeClock(new Date());
  const executor = createJobExecutor({ transport: handlerTransport(handlers), appUrl: "http://localhost:3000", signingKey: localSigningKey(), clock: clock.now, workers: 4 });
  return runUntilIdle(executor, clock, 1_000);
}

const mail = (i: number) => `From: Buyer ${i} <buyer${i}@shop.test>\r\nSubject: Order ${i}\r\nMessage-ID: <order-${i}@shop.test>\r\n\r\nHello ${i}\r\n`;

beforeAll(async () => {
  db = await openJobsTestDatabase();
  sandbox = await startGmailSandbox();
  pointGmailAtSandbox(sandbox);
  env.GMAIL_REQUEST_TIMEOUT_MS = 1_500;
  Object.assign(gmailRetryPolicy, { baseDelayMs: 5 });
  const created = await createTestWorkspace();
  ({ id: workspaceId } = created.workspace);
  userId = created.user.id;
});
afterAll(async () => {
  await sandbox?.stop();
  await db?.drop();
});

describe("start-mailbox", () => {
  test("watches INBOX and backfills the last backfillDays days; progress counts stored messages", async () => {
    const mailbox = await createSandboxMailbox(sandbox, { workspaceId, emailAddress: `backfill${++n}@shop.test`, backfillDays: 14 });
    const recent = Array.from({ length: 30 }, (_, i) => sandbox.addMessage(mailbox.emailAddress, mail(i), ["INBOX"], { internalDate: Date.now() - (i % 10) * DAY }));
    for (let i = 0; i < 5; i++) sandbox.addMessage(mailbox.emailAddress, mail(100 + i), ["INBOX"], { internalDate: Date.now() - 40 * DAY });
    await inngest.send({ name: "gmail/mailbox.connected", data: { workspaceId, mailboxId: mailbox.id } });
    await run();

    const stored = await db.prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
    expect(stored).toMatchObject({ backfillStatus: "DONE", backfillTotal: 30, backfillDone: 30, historyId: BigInt(sandbox.account(mailbox.emailAddress).historyId) });
    expect(stored.watchExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    expect(sandbox.account(mailbox.emailAddress).watch).toMatchObject({ topicName: env.GMAIL_PUBSUB_TOPIC, labelIds: ["INBOX"] });
    const messages = await db.prisma.mailMessage.findMany({ where: { mailboxId: mailbox.id }, select: { providerMessageId: true } });
    expect(new Set(messages.map((m) => m.providerMessageId))).toEqual(new Set(recent.map((r) => r.id)));
  });

  test("a reconnect keeps the cursor, so the next push syncs from where it stopped", async () => {
    const mailbox = await createSandboxMailbox(sandbox, { workspaceId, emailAddress: `reconnect${++n}@shop.test`, backfillDays: 0 });
    sandbox.addMessage(mailbox.emailAddress, mail(1));
    await db.prisma.mailbox.update({ where: { id: mailbox.id }, data: { historyId: BigInt(sandbox.account(mailbox.emailAddress).historyId) } });
    const missed = sandbox.addMessage(mailbox.emailAddress, mail(2));
    await inngest.send({ name: "gmail/mailbox.connected", data: { workspaceId, mailboxId: mailbox.id } });
    await run();
    expect(await db.prisma.mailMessage.count({ where: { mailboxId: mailbox.id } })).toBe(0);
    await inngest.send({ name: "gmail/push.received", data: { emailAddress: mailbox.emailAddress, historyId: missed.historyId } });
    await run();
    const rows = await db.prisma.mailMessage.findMany({ where: { mailboxId: mailbox.id } });
    expect(rows.map((r) => r.providerMessageId)).toEqual([missed.id]);
  });
});

describe("sync-mailbox with a revoked grant", () => {
  test("the mailbox is disconnected, its owner told, and the run ends without failing", async () => {
    const mailbox = await createSandboxMailbox(sandbox, { workspaceId, emailAddress: `revoked${++n}@shop.test`, connectedById: userId, backfillDays: 0 });
    await db.prisma.mailbox.update({ where: { id: mailbox.id }, data: { historyId: BigInt(sandbox.account(mailbox.emailAddress).historyId), accessTokenExpiresAt: new Date(Date.now() - 1000) } });
    const added = sandbox.addMessage(mailbox.emailAddress, mail(7));
    sandbox.revokeGrant(mailbox.emailAddress);
    await inngest.send({ name: "gmail/push.received", data: { emailAddress: mailbox.emailAddress, historyId: added.historyId } });
    await run();
    const stored = await db.prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
    expect(stored).toMatchObject({ status: "DISCONNECTED", statusReason: GRANT_REVOKED_REASON, refreshTokenEnc: null });
    const runs = await db.prisma.jobRun.findMany({ where: { functionId: { endsWith: "sync-mailbox" }, event: { path: ["data", "emailAddress"], equals: mailbox.emailAddress } } });
    expect(runs.map((r) => r.status)).toEqual(["COMPLETED"]);
    expect(await db.prisma.outboxEmail.count({ where: { subject: { contains: mailbox.emailAddress } } })).toBe(1);
  });
});

describe("crons", () => {
  test("renew-gmail-watches re-watches mailboxes whose watch ends within a day, and only those", async () => {
    const due = await createSandboxMailbox(sandbox, { workspaceId, emailAddress: `due${++n}@shop.test` });
    const fresh = await createSandboxMailbox(sandbox, { workspaceId, emailAddress: `fresh${++n}@shop.test` });
    await db.prisma.mailbox.update({ where: { id: due.id }, data: { watchExpiresAt: new Date(Date.now() + 3600_000) } });
    await db.prisma.mailbox.update({ where: { id: fresh.id }, data: { watchExpiresAt: new Date(Date.now() + 5 * DAY) } });
    // Only these two are ACTIVE with tokens and a watch; others of this file are settled or disconnected.
    await db.prisma.mailbox.updateMany({ where: { id: { notIn: [due.id, fresh.id] } }, data: { status: "DISCONNECTED" } });
    const { result } = await new InngestTestEngine({ function: renewGmailWatches }).execute();
    expect(result).toEqual({ due: 1, renewed: 1 });
    expect((await db.prisma.mailbox.findUniqueOrThrow({ where: { id: due.id } })).watchExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    expect(sandbox.account(due.emailAddress).watch).toBeDefined();
    expect(sandbox.account(fresh.emailAddress).watch).toBeUndefined();
  });

  test("prune-gmail-push-receipts deletes receipts older than 8 days only", async () => {
    await db.prisma.mailPushReceipt.createMany({
      data: [
        { pubsubMessageId: "old-1", emailAddress: "a@shop.test", historyId: 1n, receivedAt: new Date(Date.now() - 9 * DAY) },
        { pubsubMessageId: "new-1", emailAddress: "a@shop.test", historyId: 2n, receivedAt: new Date(Date.now() - 6 * DAY) },
      ],
    });
    const { result } = await new InngestTestEngine({ function: pruneGmailPushReceipts }).execute();
    expect(result).toEqual({ deleted: 1 });
    expect((await db.prisma.mailPushReceipt.findMany()).map((r) => r.pubsubMessageId)).toEqual(["new-1"]);
  });
});
