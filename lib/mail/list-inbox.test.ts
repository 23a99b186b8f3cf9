import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { getMessageThread } from "./get-message-thread";
import { listInbox } from "./list-inbox";
import { storeMessage } from "./store-message";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

const raw = (subject: string, extra = "") => Buffer.from(`From: Ann <ann@buyer.test>\r\nTo: shop@shop.test\r\nSubject: ${subject}\r\n${extra}\r\nbody of ${subject}\r\n`);

async function workspaceWithMailbox(address: string) {
  const { workspace } = await createTestWorkspace();
  const mailbox = await prisma.mailbox.create({ data: { workspaceId: workspace.id, emailAddress: address } });
  return { workspaceId: workspace.id, mailbox };
}

describe("listInbox", () => {
  test("pages newest first without gaps or repeats (ties on time included), filters by mailbox, sees only its workspace", async () => {
    const { workspaceId, mailbox } = await workspaceWithMailbox("one@shop.test");
    const second = await prisma.mailbox.create({ data: { workspaceId, emailAddress: "two@shop.test" } });
    const other = await workspaceWithMailbox("other@else.test");
    const t0 = Date.UTC(2024, 0, 1);
    // 25 messages, several sharing a timestamp, spread over two mailboxes.
    for (let i = 0; i < 25; i++) {
      await storeMessage(i % 5 === 0 ? second : mailbox, { id: `p${i}`, threadId: `t${i}`, internalDate: String(t0 + Math.floor(i / 3) * 1000) }, raw(`m${i}`));
    }
    await storeMessage(other.mailbox, { id: "x1", threadId: "x1", internalDate: String(t0 + 999_999) }, raw("Bravo secret"));

    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await listInbox(workspaceId, { limit: 7, cursor });
      seen.push(...page.items.map((i) => i.subject!));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(seen).not.toContain("Bravo secret");
    const times = (await listInbox(workspaceId, { limit: 100 })).items.map((i) => Date.parse(i.receivedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const filtered = await listInbox(workspaceId, { limit: 100, mailboxId: second.id });
    expect(filtered.items.map((i) => i.subject).sort()).toEqual(["m0", "m10", "m15", "m20", "m5"]);
    expect(filtered.items.every((i) => i.mailboxAddress === "two@shop.test")).toBe(true);
    expect((await listInbox(workspaceId, { limit: 10, mailboxId: other.mailbox.id })).items).toEqual([]);
    // A cursor that is not ours is ignored, not an error.
    expect((await listInbox(workspaceId, { limit: 5, cursor: "not-a-cursor" })).items).toHaveLength(5);
  });

  test("triage badges are joined when triage has run", async () => {
    const { workspaceId, mailbox } = await workspaceWithMailbox("triaged@shop.test");
    const stored = await storeMessage(mailbox, { id: "tr1", threadId: "tr1", internalDate: String(Date.now()) }, raw("Lead"));
    await prisma.mailTriage.create({ data: { workspaceId, messageId: stored.messageId, route: "attention", category: "lead", confidence: 0.9, isLead: true } });
    const [item] = (await listInbox(workspaceId, { limit: 5 })).items;
    expect(item!.triage).toMatchObject({ route: "attention", category: "lead", confidence: 0.9 });
  });

  test("the newest-first query uses the (workspaceId, receivedAt) index on a large table", async () => {
    const { workspaceId, mailbox } = await workspaceWithMailbox("big@shop.test");
    const thread = await prisma.mailThread.create({ data: { workspaceId, mailboxId: mailbox.id, providerThreadId: "big", lastMessageAt: new Date() } });
    await prisma.$executeRaw`
      INSERT INTO "MailMessage" ("id", "workspaceId", "mailboxId", "threadId", "providerMessageId", "subject", "receivedAt", "updatedAt")
      SELECT 'big-' || g, ${workspaceId}, ${mailbox.id}, ${thread.id}, 'big-' || g, 'bulk ' || g, now() - (g || ' seconds')::interval, now()
      FROM generate_series(1, 30000) g`;
    await prisma.$executeRawUnsafe(`ANALYZE "MailMessage"`);
    const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT "id" FROM "MailMessage" WHERE "workspaceId" = $1 ORDER BY "receivedAt" DESC, "id" DESC LIMIT 51`,
      workspaceId,
    );
    expect(plan.map((p) => p["QUERY PLAN"]).join("\n")).toContain("MailMessage_workspaceId_receivedAt_idx");
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) cursor = (await listInbox(workspaceId, { limit: 50, cursor })).nextCursor ?? undefined;
    const started = performance.now();
    const deep = await listInbox(workspaceId, { limit: 50, cursor });
    const ms = performance.now() - started;
    expect(deep.items[0]!.subject).toBe("bulk 1001");
    console.log(`inbox page 21 of 30,000 messages: ${ms.toFixed(1)} ms`);
  });
});

describe("getMessageThread", () => {
  test("the whole thread oldest first, remote-image variant only when there are remote images, null for another workspace", async () => {
    const { workspaceId, mailbox } = await workspaceWithMailbox("thread@shop.test");
    const t0 = Date.UTC(2024, 5, 1);
    const a = await storeMessage(mailbox, { id: "th1", threadId: "TH", internalDate: String(t0) }, raw("Question"));
    const html = `MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n`;
    const b = await storeMessage(mailbox, { id: "th2", threadId: "TH", internalDate: String(t0 + 60_000) }, Buffer.from(`From: shop@shop.test\r\nSubject: Re: Question\r\n${html}\r\n<p>Answer <img src="https://cdn.test/x.png"></p>\r\n`));
    const view = await getMessageThread(workspaceId, b.messageId);
    expect(view!.messages.map((m) => m.id)).toEqual([a.messageId, b.messageId]);
    expect(view!.threadSubject).toBe("Question");
    expect(view!.messages[0]!.htmlWithRemote).toBeNull();
    expect(view!.messages[1]!.html).toContain('data-remote-src="https://cdn.test/x.png"');
    expect(view!.messages[1]!.htmlWithRemote).toContain('src="https://cdn.test/x.png"');
    const other = await workspaceWithMailbox("nosy@else.test");
    expect(await getMessageThread(other.workspaceId, b.messageId)).toBeNull();
  });
});
