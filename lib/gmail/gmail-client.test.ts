import Redis from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { env } from "@/lib/env";
import { GMAIL_USER_QUOTA } from "@/lib/gmail-sandbox/sandbox-quota";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import { createTestUser, createTestWorkspace } from "@/lib/testing/create-test-member";
import type { TestDatabase } from "@/lib/testing/test-database";
import { advanceHistoryCursor } from "./advance-history-cursor";
import { gmailForMailbox, gmailRetryPolicy } from "./gmail-client";
import { GmailApiError, MailboxGrantRevokedError, MailboxNotConnectedError } from "./gmail-errors";
import { createMemoryQuotaLimiter, createRedisQuotaLimiter, quotaUnits, type QuotaLimiter } from "./gmail-quota";
import { GRANT_REVOKED_REASON } from "./handle-revoked-grant";
import { createSandboxMailbox, pointGmailAtSandbox } from "./testing/sandbox-mailbox";

let db: TestDatabase;
let sandbox: GmailSandbox;
let workspaceId: string;
let n = 0;

const newMailbox = async (extra: { connectedById?: string } = {}) => createSandboxMailbox(sandbox, { workspaceId, emailAddress: `box${++n}@client.test`, ...extra });

beforeAll(async () => {
  db = await openJobsTestDatabase();
  sandbox = await startGmailSandbox();
  pointGmailAtSandbox(sandbox);
  env.GMAIL_REQUEST_TIMEOUT_MS = 300;
  Object.assign(gmailRetryPolicy, { baseDelayMs: 10 });
  ({ workspace: { id: workspaceId } } = await createTestWorkspace());
});
afterAll(async () => {
  await sandbox?.stop();
  await db?.drop();
});
beforeEach(() => sandbox.faults.reset());

describe("gmailForMailbox", () => {
  test("talks to GMAIL_API_ROOT_URL with the mailbox's decrypted token", async () => {
    const mailbox = await newMailbox();
    const before = sandbox.calls["users.getProfile"] ?? 0;
    const { data } = await (await gmailForMailbox(mailbox)).users.getProfile({ userId: "me" });
    expect(data.emailAddress).toBe(mailbox.emailAddress);
    expect(sandbox.calls["users.getProfile"]).toBe(before + 1);
  });

  test("an expired access token is refreshed through GOOGLE_OAUTH_TOKEN_URL and stored encrypted", async () => {
    const mailbox = await db.prisma.mailbox.update({ where: { id: (await newMailbox()).id }, data: { accessTokenExpiresAt: new Date(Date.now() - 60_000) } });
    await (await gmailForMailbox(mailbox)).users.getProfile({ userId: "me" });
    await new Promise((r) => setTimeout(r, 100));
    const stored = await db.prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
    expect(stored.accessTokenEnc).not.toBe(mailbox.accessTokenEnc);
    expect(stored.accessTokenEnc).toMatch(/^enc:v1:/);
    expect(decryptSecret(stored.accessTokenEnc!)).toMatch(/^ya29\.sandbox-/);
    expect(stored.accessTokenExpiresAt!.getTime()).toBeGreaterThan(Date.now());
  });

  test("429, 500 and timeouts are retried inside the client", async () => {
    const gmail = await gmailForMailbox(await newMailbox());
    sandbox.faults.configure({ timeoutMs: 2_000 });
    sandbox.faults.failNext("429");
    sandbox.faults.failNext("500");
    sandbox.faults.failNext("timeout");
    const { data } = await gmail.users.labels.list({ userId: "me" });
    expect(data.labels?.length).toBeGreaterThan(0);
  });

  test("a quota 403 (userRateLimitExceeded) is retried inside the client; a permission 403 is not retryable", async () => {
    const gmail = await gmailForMailbox(await newMailbox());
    await gmail.users.getProfile({ userId: "me" }); // warm: a cold first call can outlast the 300 ms timeout and use up an attempt
    sandbox.faults.failNext("403-rate", gmailRetryPolicy.retries);
    const { data } = await gmail.users.labels.list({ userId: "me" });
    expect(data.labels?.length).toBeGreaterThan(0);
    sandbox.faults.failNext("403-rate", gmailRetryPolicy.retries + 1);
    const exhausted = await gmail.users.getProfile({ userId: "me" }).catch((e: unknown) => e);
    expect(exhausted).toMatchObject({ status: 403, retryable: true, rateLimited: true, reason: "userRateLimitExceeded" });
    const before = sandbox.faults.injected["403-permission"];
    sandbox.faults.failNext("403-permission", 2);
    const denied = await gmail.users.getProfile({ userId: "me" }).catch((e: unknown) => e);
    expect(denied).toMatchObject({ status: 403, retryable: false, reason: "insufficientPermissions" });
    expect(sandbox.faults.injected["403-permission"] - before).toBe(1);
  });

  test("persistent 5xx surfaces as a retryable GmailApiError; 404 as not retryable", async () => {
    const gmail = await gmailForMailbox(await newMailbox());
    sandbox.faults.failNext("503", gmailRetryPolicy.retries + 1);
    const error = await gmail.users.getProfile({ userId: "me" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GmailApiError);
    expect(error).toMatchObject({ status: 503, retryable: true });
    const missing = await gmail.users.messages.get({ userId: "me", id: "abcdef0123456789" }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, retryable: false });
  });

  test("throttles each mailbox within Gmail's per-user quota: a burst of 600 units, then 235 units/s", async () => {
    const mailbox = await newMailbox();
    const gmail = await gmailForMailbox(mailbox, { quota: createMemoryQuotaLimiter() });
    const ids = Array.from({ length: 20 }, (_, i) => sandbox.addMessage(mailbox.emailAddress, `Subject: q${i}\r\n\r\nx`).id);
    const started = Date.now();
    // 250 messages.get at 5 units each: 1,250 units, 650 of them beyond the full bucket -> at least ~2.7 s.
    await Promise.all(Array.from({ length: 250 }, (_, i) => gmail.users.messages.get({ userId: "me", id: ids[i % ids.length]!, format: "minimal" })));
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
  });

  test("quota units follow Google's table for every method the app calls", () => {
    const base = "https://gmail.googleapis.com/gmail/v1/users/me";
    const table: [string, string, number][] = [
      ["POST", "/drafts/send", 100],
      ["PUT", "/drafts/r123", 15],
      ["POST", "/drafts", 10],
      ["POST", "/labels", 5],
      ["GET", "/labels", 1],
      ["POST", "/messages/send", 100],
      ["POST", "/messages/abc/modify", 5],
      ["GET", "/messages/abc?format=raw", 5],
      ["GET", "/messages?q=newer_than%3A14d", 5],
      ["GET", "/history?startHistoryId=1", 2],
      ["GET", "/profile", 1],
      ["POST", "/watch", 100],
      ["POST", "/stop", 50],
    ];
    expect(table.map(([method, path]) => quotaUnits(method, base + path))).toEqual(table.map(([, , units]) => units));
  });

  test("two processes share one Redis budget per mailbox: the sandbox's per-user limit is never hit (per-process buckets hit it)", async () => {
    // A scaled-down Gmail: 300 units per 2 s; buckets of 40 + 120 units/s keep any 2-s window within 280 (the app's 2 % margin, scaled).
    sandbox.quota.configure({ unitsPerWindow: 300, windowMs: 2_000 });
    const bucket = { capacity: 40, refillPerSecond: 120 };
    const burst = async (limiters: [QuotaLimiter, QuotaLimiter]) => {
      const mailbox = await newMailbox();
      const ids = Array.from({ length: 5 }, (_, i) => sandbox.addMessage(mailbox.emailAddress, `Subject: s${i}\r\n\r\nx`).id);
      const [a, b] = await Promise.all(limiters.map((quota) => gmailForMailbox(mailbox, { quota })));
      const rejectedBefore = sandbox.quota.rejected.get(mailbox.emailAddress) ?? 0;
      const started = Date.now();
      // 2 x 40 messages.get = 400 units.
      await Promise.all([a!, b!].flatMap((gmail) => Array.from({ length: 40 }, (_, i) => gmail.users.messages.get({ userId: "me", id: ids[i % 5]!, format: "minimal" }))));
      return { elapsed: Date.now() - started, rejected: (sandbox.quota.rejected.get(mailbox.emailAddress) ?? 0) - rejectedBefore };
    };
    const connections = [new Redis(env.REDIS_URL!), new Redis(env.REDIS_URL!)];
    try {
      const keyPrefix = `gmail-quota-test:${Date.now()}:`;
      const shared = await burst([createRedisQuotaLimiter(connections[0]!, { ...bucket, keyPrefix }), createRedisQuotaLimiter(connections[1]!, { ...bucket, keyPrefix })]);
      expect(shared.rejected).toBe(0);
      expect(shared.elapsed).toBeGreaterThanOrEqual(((400 - 40) / 120) * 1000 - 200);
      const perProcess = await burst([createMemoryQuotaLimiter(bucket), createMemoryQuotaLimiter(bucket)]);
      expect(perProcess.rejected).toBeGreaterThan(0);
    } finally {
      sandbox.quota.configure(GMAIL_USER_QUOTA);
      connections.forEach((c) => c.disconnect());
    }
  });

  test("a mailbox without tokens is refused up front", async () => {
    const mailbox = await db.prisma.mailbox.update({ where: { id: (await newMailbox()).id }, data: { refreshTokenEnc: null } });
    await expect(gmailForMailbox(mailbox)).rejects.toBeInstanceOf(MailboxNotConnectedError);
  });
});

describe("a revoked grant", () => {
  test("throws MailboxGrantRevokedError and disconnects the mailbox: reason, tokens deleted, audit, email to the connecting user", async () => {
    const user = await createTestUser();
    const mailbox = await db.prisma.mailbox.update({ where: { id: (await newMailbox({ connectedById: user.id })).id }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000), historyId: 4242n } });
    sandbox.revokeGrant(mailbox.emailAddress);
    const gmail = await gmailForMailbox(mailbox);
    await expect(gmail.users.getProfile({ userId: "me" })).rejects.toBeInstanceOf(MailboxGrantRevokedError);
    const stored = await db.prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
    expect(stored).toMatchObject({ status: "DISCONNECTED", statusReason: GRANT_REVOKED_REASON, refreshTokenEnc: null, accessTokenEnc: null, watchExpiresAt: null, historyId: 4242n });
    expect(await db.prisma.auditLog.count({ where: { action: "mailbox.grant_revoked", targetId: mailbox.id } })).toBe(1);
    const emails = await db.prisma.outboxEmail.findMany({ where: { to: user.email.toLowerCase() } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toContain(mailbox.emailAddress);
    // A second failing call (e.g. a concurrent step) neither audits nor emails again.
    await expect(gmail.users.getProfile({ userId: "me" })).rejects.toBeInstanceOf(MailboxGrantRevokedError);
    expect(await db.prisma.outboxEmail.count({ where: { to: user.email.toLowerCase() } })).toBe(1);
  });
});

describe("advanceHistoryCursor", () => {
  test("moves only forwards, also under concurrent updates", async () => {
    const mailbox = await newMailbox();
    expect(await advanceHistoryCursor(mailbox.id, "100")).toBe(true);
    expect(await advanceHistoryCursor(mailbox.id, "90")).toBe(false);
    expect(await advanceHistoryCursor(mailbox.id, "100")).toBe(false);
    await Promise.all(["150", "400", "120", "399", "200"].map((h) => advanceHistoryCursor(mailbox.id, h)));
    expect((await db.prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } })).historyId).toBe(400n);
  });
});
