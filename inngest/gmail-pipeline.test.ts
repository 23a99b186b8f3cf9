/**
 * The Gmail pipeline end to end against the sandbox and real Postgres:
 * sandbox -> signed Pub/Sub pushes (each delivered 3 times, shuffled,
 * concurrently) -> POST /api/webhooks/gmail -> sync-mailbox (history.list)
 * -> mail/message.found -> ingest-email -> MailMessage, through the app's
 * Inngest client, serve() and the local executor.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serve } from "inngest/next";
import { POST as gmailWebhook } from "@/app/api/webhooks/gmail/route";
import { env } from "@/lib/env";
import { gmailRetryPolicy } from "@/lib/gmail/gmail-client";
import { generatedMail } from "@/lib/mail/testing/generated-mail";
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
import { inngest } from "./client";
import { ingestEmail } from "./ingest-email";
import { startMailbox } from "./start-mailbox";
import { syncMailbox } from "./sync-mailbox";

let db: TestDatabase;
// The app's client and serve(), with the functions from push to stored message; triage, drafts,
// automations and CRM (which react to mail/message.stored) have their own tests.
const pipeline = serve({ client: inngest, functions: [startMailbox, syncMailbox, ingestEmail] });

function seededShuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function deliver(push: SandboxPush): Promise<number> {
  const req = new NextRequest("http://localhost/api/webhooks/gmail", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${push.token}` }, body: JSON.stringify(push.body) });
  const res = await gmailWebhook(req, { params: Promise.resolve({}) });
  return res.status;
}

/** Delivers every push 3 times in a shuffled order, `parallel` at a time, while the executor keeps working. */
async function deliverThriceShuffled(pushes: SandboxPush[], executor: ReturnType<typeof createJobExecutor>, seed: number, parallel = 24): Promise<number[]> {
  const queue = seededShuffle(pushes.flatMap((p) => [p, p, p]), seed);
  const statuses: number[] = [];
  let delivering = true;
  const pump = (async () => {
    while (delivering) await executor.tick();
  })();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let push = queue.shift(); push; push = queue.shift()) statuses.push(await deliver(push));
    }),
  );
  delivering = false;
  await pump;
  return statuses;
}

async function setUp(sandbox: GmailSandbox, addresses: string[]) {
  pointGmailAtSandbox(sandbox);
  const { workspace } = await createTestWorkspace();
  const mailboxes = await Promise.all(addresses.map((emailAddress) => createSandboxMailbox(sandbox, { workspaceId: workspace.id, emailAddress })));
  const clock = fakeClock(new Date());
  const executor = createJobExecutor({ transport: handlerTransport(pipeline), appUrl: "http://localhost:3000", signingKey: localSigningKey(), clock: clock.now, workers: 16 });
  await inngest.send(mailboxes.map((m) => ({ name: "gmail/mailbox.connected", data: { workspaceId: workspace.id, mailboxId: m.id } })));
  await runUntilIdle(executor, clock, 2_000);
  return { workspace, mailboxes, clock, executor };
}

async function foundKeys(mailboxIds: string[]): Promise<string[]> {
  const events = await db.prisma.jobEvent.findMany({ where: { name: "mail/message.found", idempotencyKey: { startsWith: "found-" } }, select: { idempotencyKey: true } });
  return events.map((e) => e.idempotencyKey!).filter((k) => mailboxIds.some((id) => k.startsWith(`found-${id}-`)));
}

async function expectExactlyOnce(sandbox: GmailSandbox, mailboxes: { id: string; emailAddress: string }[]) {
  const expected = mailboxes.flatMap((m) => [...sandbox.account(m.emailAddress).messages.values()].filter((msg) => msg.labelIds.includes("INBOX")).map((msg) => `found-${m.id}-${msg.id}`));
  const keys = await foundKeys(mailboxes.map((m) => m.id));
  expect(keys.length).toBe(expected.length);
  expect(new Set(keys)).toEqual(new Set(expected));
  const failed = await db.prisma.jobRun.findMany({ where: { status: "FAILED", functionId: { contains: "mailbox" } }, select: { functionId: true, error: true } });
  expect(failed).toEqual([]);
  for (const m of mailboxes) {
    const stored = await db.prisma.mailbox.findUniqueOrThrow({ where: { id: m.id } });
    expect(stored.historyId?.toString()).toBe(String(sandbox.account(m.emailAddress).historyId));
  }
  const rows = await db.prisma.mailMessage.groupBy({ by: ["mailboxId", "providerMessageId"], where: { mailboxId: { in: mailboxes.map((m) => m.id) } }, _count: true });
  expect(rows.length).toBe(expected.length);
  expect(rows.every((r) => r._count === 1)).toBe(true);
  expect(new Set(rows.map((r) => `found-${r.mailboxId}-${r.providerMessageId}`))).toEqual(new Set(expected));
  return expected.length;
}

beforeAll(async () => {
  db = await openJobsTestDatabase();
  // Generous: on a loaded 2-core machine honest calls can take a few hundred ms.
  env.GMAIL_REQUEST_TIMEOUT_MS = 1_500;
  Object.assign(gmailRetryPolicy, { baseDelayMs: 5, maxDelayMs: 50 });
});
afterAll(() => db?.drop());

describe("Gmail pipeline", () => {
  test("1,000 varied emails, every push delivered 3 times concurrently and shuffled: exactly 1,000 MailMessage rows", async () => {
    const pushes: SandboxPush[] = [];
    const sandbox = await startGmailSandbox({ onPush: (p) => void pushes.push(p) });
    try {
      const addresses = ["sales", "support", "owner", "ops", "billing", "hello", "jobs", "press"].map((name) => `${name}@pipeline.test`);
      const { mailboxes, clock, executor } = await setUp(sandbox, addresses);
      for (const m of await db.prisma.mailbox.findMany({ where: { id: { in: mailboxes.map((x) => x.id) } } })) {
        expect(m).toMatchObject({ backfillStatus: "DONE", backfillTotal: 0 });
        expect(m.watchExpiresAt!.getTime()).toBeGreaterThan(Date.now());
      }
      generatedMail(1000).forEach((raw, i) => sandbox.addMessage(addresses[i % addresses.length]!, raw, ["INBOX", "UNREAD"]));
      await sandbox.flushPushes();
      expect(pushes).toHaveLength(1000);

      const statuses = await deliverThriceShuffled(pushes, executor, 42);
      expect(statuses.filter((s) => s === 200)).toHaveLength(3000);
      await runUntilIdle(executor, clock, 5_000);

      expect(await db.prisma.mailPushReceipt.count({ where: { emailAddress: { in: addresses } } })).toBe(1000);
      expect(await db.prisma.jobEvent.count({ where: { name: "gmail/push.received" } })).toBe(1000);
      expect(await expectExactlyOnce(sandbox, mailboxes)).toBe(1000);
    } finally {
      await sandbox.stop();
    }
  }, 300_000);

  test("20% of Gmail calls failing (429/500/timeouts) plus one expired history id: still exactly once", async () => {
    const pushes: SandboxPush[] = [];
    const sandbox = await startGmailSandbox({ onPush: (p) => void pushes.push(p), faultSeed: 20 });
    try {
      const addresses = ["faulty-a@pipeline.test", "faulty-b@pipeline.test"];
      sandbox.faults.configure({ rate: 0.2, kinds: ["429", "500", "timeout"], timeoutMs: 3_000 });
      const { mailboxes, clock, executor } = await setUp(sandbox, addresses);
      const emails = generatedMail(100, 1000);

      emails.slice(0, 50).forEach((raw, i) => sandbox.addMessage(addresses[i % 2]!, raw));
      await sandbox.flushPushes();
      await deliverThriceShuffled(pushes.splice(0), executor, 7);
      await runUntilIdle(executor, clock, 5_000);

      // Mailbox A's history ages out while the second wave arrives: its next sync must resync in full.
      emails.slice(50).forEach((raw, i) => sandbox.addMessage(addresses[i % 2]!, raw));
      sandbox.expireHistory(addresses[0]!);
      await sandbox.flushPushes();
      await deliverThriceShuffled(pushes.splice(0), executor, 8);
      await runUntilIdle(executor, clock, 5_000);

      const injected = sandbox.faults.injected;
      expect(injected["429"] + injected["500"] + injected.timeout).toBeGreaterThan(12);
      expect(await expectExactlyOnce(sandbox, mailboxes)).toBe(100);
      const a = await db.prisma.mailbox.findUniqueOrThrow({ where: { id: mailboxes[0]!.id } });
      expect(a.lastFullResyncAt).not.toBeNull();
    } finally {
      sandbox.faults.reset();
      await sandbox.stop();
    }
  }, 120_000);
});
