import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { storeMessage } from "./store-message";

let db: TestDatabase;
let mailbox: { id: string; workspaceId: string };
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  const { workspace } = await createTestWorkspace();
  mailbox = await prisma.mailbox.create({ data: { workspaceId: workspace.id, emailAddress: "inbox@shop.test" } });
});
afterAll(() => db.drop());

const raw = (subject: string, body = "Hello there", extra: string[] = []) =>
  Buffer.from([`From: Ann <ann@buyer.test>`, `To: inbox@shop.test`, `Subject: ${subject}`, `Message-ID: <${subject.replace(/\W/g, "")}@buyer.test>`, ...extra, "", body, ""].join("\r\n"));
const meta = (threadId: string, at: number, extra: Partial<{ labelIds: string[] }> = {}) => ({ id: `m${++n}`, threadId, internalDate: String(at), sizeEstimate: 123, labelIds: ["INBOX", "UNREAD"], ...extra });

describe("storeMessage", () => {
  test("20 concurrent stores of one message: one row, one created, thread counted once", async () => {
    const m = meta("t-concurrent", Date.UTC(2024, 0, 2));
    const results = await Promise.all(Array.from({ length: 20 }, () => storeMessage(mailbox, m, raw("Quote request", "Need 40 chairs"))));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.messageId)).size).toBe(1);
    expect(await prisma.mailMessage.count({ where: { mailboxId: mailbox.id, providerMessageId: m.id } })).toBe(1);
    const thread = await prisma.mailThread.findUniqueOrThrow({ where: { mailboxId_providerThreadId: { mailboxId: mailbox.id, providerThreadId: "t-concurrent" } } });
    expect(thread).toMatchObject({ messageCount: 1, subject: "Quote request", snippet: "Need 40 chairs", workspaceId: mailbox.workspaceId });
    expect(thread.lastMessageAt.toISOString()).toBe("2024-01-02T00:00:00.000Z");
    const row = await prisma.mailMessage.findUniqueOrThrow({ where: { id: results[0]!.messageId } });
    expect(row).toMatchObject({ fromAddress: "ann@buyer.test", fromName: "Ann", rfcMessageId: "Quoterequest@buyer.test", labelIds: ["INBOX", "UNREAD"], direction: "INBOUND", parseStatus: "PARSED", sizeEstimate: 123 });
  });

  test("different messages of one thread stored concurrently and out of order: counts, last time, latest snippet, first subject", async () => {
    const base = Date.UTC(2024, 1, 1);
    const jobs = Array.from({ length: 12 }, (_, i) => ({ m: meta("t-many", base + i * 60_000), body: `reply number ${i}`, subject: i === 0 ? "Original" : "Re: Original" })).reverse();
    const results = await Promise.all(jobs.map((j) => storeMessage(mailbox, j.m, raw(j.subject, j.body))));
    expect(results.every((r) => r.created)).toBe(true);
    const thread = await prisma.mailThread.findUniqueOrThrow({ where: { mailboxId_providerThreadId: { mailboxId: mailbox.id, providerThreadId: "t-many" } } });
    expect(thread.messageCount).toBe(12);
    expect(thread.lastMessageAt.getTime()).toBe(base + 11 * 60_000);
    expect(thread.snippet).toBe("reply number 11");
    expect(thread.subject).toBe("Original");
    expect(await prisma.mailThread.count({ where: { mailboxId: mailbox.id, providerThreadId: "t-many" } })).toBe(1);
  });

  test("unparseable bytes: stored flagged FAILED with the original kept; stored again is a no-op", async () => {
    const bytes = Buffer.from([0x00, 0xff, 0xfe, 0x0a]);
    const m = meta("t-bad", Date.UTC(2024, 2, 1));
    const first = await storeMessage(mailbox, m, bytes);
    expect(first).toMatchObject({ created: true, parseStatus: "FAILED" });
    const stored = await prisma.mailMessage.findUniqueOrThrow({ where: { id: first.messageId }, include: { raw: true } });
    expect(stored.parseError).toBeTruthy();
    expect(Buffer.from(stored.raw!.raw).equals(bytes)).toBe(true);
    expect(stored.raw!.workspaceId).toBe(mailbox.workspaceId);
    expect(await storeMessage(mailbox, m, bytes)).toMatchObject({ created: false, messageId: first.messageId });
  });

  test("HTML stored sanitised, attachments recorded, SENT messages outbound, nothing raw kept when parsed", async () => {
    const html = raw("Html mail", `<p onclick="x()">Hi <img src="https://track.test/p.gif"></p><script>alert(1)</script>`, ["MIME-Version: 1.0", "Content-Type: text/html; charset=utf-8"]);
    const r = await storeMessage(mailbox, meta("t-html", Date.now(), { labelIds: ["SENT"] }), html);
    const row = await prisma.mailMessage.findUniqueOrThrow({ where: { id: r.messageId }, include: { raw: true } });
    expect(row.htmlBody).toContain('data-remote-src="https://track.test/p.gif"');
    expect(row.htmlBody).not.toMatch(/onclick|<script|alert/);
    expect(row.snippet).toBe("Hi");
    expect(row.direction).toBe("OUTBOUND");
    expect(row.raw).toBeNull();

    const withFile = Buffer.from(["From: a@x.test", "Subject: file", "Content-Type: multipart/mixed; boundary=z", "", "--z", "Content-Type: text/plain", "", "see file", "--z", "Content-Type: text/csv; name=a.csv", "Content-Disposition: attachment; filename=a.csv", "", "a,b", "--z--", ""].join("\r\n"));
    const f = await storeMessage(mailbox, meta("t-file", Date.now()), withFile);
    expect(await prisma.mailAttachment.findMany({ where: { messageId: f.messageId }, select: { filename: true, contentType: true, workspaceId: true } })).toEqual([{ filename: "a.csv", contentType: "text/csv", workspaceId: mailbox.workspaceId }]);
  });
});
