import { afterAll, beforeAll, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { getAnalytics } from "./get-analytics";

// Volume check: 200,000 messages (a fifth triaged) spread over a year in one workspace,
// plus as many in a neighbour, so the per-workspace index and the date range both matter.
const PER_WORKSPACE = 100_000;
let db: TestDatabase;
let workspaceId: string;

async function fill(ws: string) {
  const mailbox = await prisma.mailbox.create({ data: { workspaceId: ws, emailAddress: `scale-${ws}@example.test` } });
  const thread = await prisma.mailThread.create({ data: { workspaceId: ws, mailboxId: mailbox.id, providerThreadId: "t", lastMessageAt: new Date() } });
  await prisma.$executeRaw`
    INSERT INTO "MailMessage" ("id", "workspaceId", "mailboxId", "threadId", "providerMessageId", "fromAddress", "receivedAt", "createdAt", "updatedAt")
    SELECT ${ws} || '-' || g, ${ws}, ${mailbox.id}, ${thread.id}, 'p' || g, 'sender' || (g % 500) || '@example.test',
      now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day', now()
    FROM generate_series(1, ${PER_WORKSPACE}::int) g`;
  await prisma.$executeRaw`
    INSERT INTO "MailTriage" ("id", "workspaceId", "messageId", "route", "category", "confidence", "decidedBy", "createdAt", "updatedAt")
    SELECT 't-' || m."id", ${ws}, m."id", (ARRAY['attention','automated','spam'])[1 + (random() * 2)::int], 'other', 0.9, 'classifier', m."createdAt" + interval '2 seconds', now()
    FROM "MailMessage" m WHERE m."workspaceId" = ${ws} AND (m."providerMessageId" LIKE '%0' OR m."providerMessageId" LIKE '%5')`;
  await prisma.$executeRawUnsafe(`ANALYZE "MailMessage"`);
  await prisma.$executeRawUnsafe(`ANALYZE "MailTriage"`);
}

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  workspaceId = (await createTestWorkspace()).workspace.id;
  await fill(workspaceId);
  await fill((await createTestWorkspace()).workspace.id);
}, 120_000);
afterAll(async () => {
  await db.drop();
});

test("the whole analytics page's queries stay fast on 200,000 messages", async () => {
  for (const range of [7, 30, 90] as const) {
    await getAnalytics(workspaceId, range); // warm the connection pool and plan cache
    const started = performance.now();
    const data = await getAnalytics(workspaceId, range);
    const ms = performance.now() - started;
    console.log(`analytics ${range} days over ${2 * PER_WORKSPACE} messages: ${ms.toFixed(0)} ms (${data.mail.total} in range)`);
    expect(data.mail.total).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1500);
  }
});
