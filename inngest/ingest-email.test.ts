import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import * as inngestRoute from "@/app/api/inngest/route";
import { env } from "@/lib/env";
import { gmailRetryPolicy } from "@/lib/gmail/gmail-client";
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

let db: TestDatabase;
let sandbox: GmailSandbox;
let workspaceId: string;
let n = 0;

beforeAll(async () => {
  db = await openJobsTestDatabase();
  sandbox = await startGmailSandbox();
  pointGmailAtSandbox(sandbox);
  env.GMAIL_REQUEST_TIMEOUT_MS = 500;
  Object.assign(gmailRetryPolicy, { baseDelayMs: 5 });
  ({ workspace: { id: workspaceId } } = await createTestWorkspace());
});
afterAll(async () => {
  await sandbox?.stop();
  await db?.drop();
});
beforeEach(() => sandbox.faults.reset());

const executor = () => {
  const clock = fakeClock(new Date());
  return { clock, executor: createJobExecutor({ transport: handlerTransport(inngestRoute), appUrl: "http://localhost:3000", signingKey: localSigningKey(), clock: clock.now, workers: 4 }) };
};
const found = (mailboxId: string, providerMessageId: string, id = `found-${mailboxId}-${providerMessageId}`) => ({ name: "mail/message.found", id, data: { workspaceId, mailboxId, providerMessageId } });
const ingestRuns = (mailboxId: string) => db.prisma.jobRun.findMany({ where: { functionId: { endsWith: "ingest-email" }, event: { path: ["data", "mailboxId"], equals: mailboxId } }, select: { status: true, output: true } });

describe("ingest-email through the local executor and the Gmail sandbox", () => {
  test("a message found several times (same and different event ids, concurrently) is stored once and announced once", async () => {
    const mailbox = await createSandboxMailbox(sandbox, { workspaceId, emailAddress: `ingest${++n}@shop.test` });
    const added = sandbox.addMessage(mailbox.emailAddress, "From: Ann <ann@buyer.test>\r\nTo: shop@shop.test\r\nSubject: Chairs\r\nMessage-ID: <chairs@buyer.test>\r\n\r\nNeed 40 chairs by Friday.\r\n");
    const { clock, executor: ex } = executor();
    await Promise.all([
      inngest.send([found(mailbox.id, added.id), found(mailbox.id, added.id)]),
      inngest.send(found(mailbox.id, added.id)),
      inngest.send(found(mailbox.id, added.id, `resync-${added.id}`)),
    ]);
    await runUntilIdle(ex, clock, 200);
    const rows = await db.prisma.mailMessage.findMany({ where: { mailboxId: mailbox.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ providerMessageId: added.id, subject: "Chairs", fromAddress: "ann@buyer.test", rfcMessageId: "chairs@buyer.test", workspaceId, parseStatus: "PARSED", labelIds: ["INBOX", "UNREAD"] });
    const thread = await db.prisma.mailThread.findUniqueOrThrow({ where: { id: rows[0]!.threadId } });
    expect(thread).toMatchObject({ providerThreadId: added.threadId, messageCount: 1 });
    const stored = await db.prisma.jobEvent.findMany({ where: { name: "mail/message.stored", data: { path: ["mailboxId"], equals: mailbox.id } } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ idempotencyKey: `stored-${rows[0]!.id}`, data: { workspaceId, mailboxId: mailbox.id, messageId: rows[0]!.id } });
    expect((await ingestRuns(mailbox.id)).map((r) => r.status)).toEqual(["COMPLETED", "COMPLETED"]);
  });

  test("a message Gmail no longer has (404) is skipped cleanly; unparseable bytes are stored flagged; Gmail 500s are retried", async () => {
    const mailbox = await createSandboxMailbox(sandbox, { workspaceId, emailAddress: `ingest${++n}@shop.test` });
    const garbage = sandbox.addMessage(mailbox.emailAddress, Buffer.from([0x00, 0xff, 0x0a, 0x0a]));
    sandbox.faults.failNext("500", 2);
    const { clock, executor: ex } = executor();
    await inngest.send([found(mailbox.id, "0123456789abcdef"), found(mailbox.id, garbage.id)]);
    await runUntilIdle(ex, clock, 200);
    const runs = await ingestRuns(mailbox.id);
    expect(runs.map((r) => r.status)).toEqual(["COMPLETED", "COMPLETED"]);
    expect(runs.map((r) => (r.output as { outcome?: string }).outcome).sort()).toEqual(["gone", "stored"]);
    const rows = await db.prisma.mailMessage.findMany({ where: { mailboxId: mailbox.id }, include: { raw: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ providerMessageId: garbage.id, parseStatus: "FAILED" });
    expect(Buffer.from(rows[0]!.raw!.raw)).toEqual(Buffer.from([0x00, 0xff, 0x0a, 0x0a]));
  });

  test("quota 403s (userRateLimitExceeded), more than the client retries, are retried by the job until the message is stored", async () => {
    const mailbox = await createSandboxMailbox(sandbox, { workspaceId, emailAddress: `ingest${++n}@shop.test` });
    const added = sandbox.addMessage(mailbox.emailAddress, "From: Bo <bo@buyer.test>\r\nSubject: Quote\r\nMessage-ID: <quota403@buyer.test>\r\n\r\nPrice for 10?\r\n");
    // Twice the client's own attempts, then a seeded 60 % of calls: the job itself must retry a quota 403.
    sandbox.faults.failNext("403-rate", 2 * (gmailRetryPolicy.retries + 1));
    sandbox.faults.configure({ rate: 0.6, kinds: ["403-rate"], seed: 23 });
    const injected = sandbox.faults.injected["403-rate"];
    const { clock, executor: ex } = executor();
    await inngest.send(found(mailbox.id, added.id));
    await runUntilIdle(ex, clock, 300);
    expect(sandbox.faults.injected["403-rate"] - injected).toBeGreaterThan(2 * (gmailRetryPolicy.retries + 1));
    const runs = await ingestRuns(mailbox.id);
    expect(runs.map((r) => [r.status, (r.output as { outcome?: string }).outcome])).toEqual([["COMPLETED", "stored"]]);
    expect(await db.prisma.mailMessage.count({ where: { mailboxId: mailbox.id, providerMessageId: added.id } })).toBe(1);
  });

  test("a permission 403 (insufficientPermissions) is not retried: the run fails once", async () => {
    const mailbox = await createSandboxMailbox(sandbox, { workspaceId, emailAddress: `ingest${++n}@shop.test` });
    const added = sandbox.addMessage(mailbox.emailAddress, "From: a@x.test\r\nSubject: x\r\n\r\nx\r\n");
    sandbox.faults.failNext("403-permission", 1);
    const { clock, executor: ex } = executor();
    await inngest.send(found(mailbox.id, added.id));
    await runUntilIdle(ex, clock, 100);
    expect((await ingestRuns(mailbox.id)).map((r) => r.status)).toEqual(["FAILED"]);
    expect(sandbox.faults.injected["403-permission"]).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.mailMessage.count({ where: { mailboxId: mailbox.id } })).toBe(0);
  });

  test("event data for another workspace's mailbox stores nothing", async () => {
    const mailbox = await createSandboxMailbox(sandbox, { workspaceId, emailAddress: `ingest${++n}@shop.test` });
    const added = sandbox.addMessage(mailbox.emailAddress, "From: a@x.test\r\nSubject: x\r\n\r\nx\r\n");
    const { workspace: other } = await createTestWorkspace();
    const { clock, executor: ex } = executor();
    await inngest.send({ name: "mail/message.found", data: { workspaceId: other.id, mailboxId: mailbox.id, providerMessageId: added.id } });
    await runUntilIdle(ex, clock, 100);
    expect(await db.prisma.mailMessage.count({ where: { mailboxId: mailbox.id } })).toBe(0);
  });
});
