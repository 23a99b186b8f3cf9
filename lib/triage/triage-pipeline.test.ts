import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { createOpenAiProvider } from "@/lib/ai/create-openai-provider";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "@/lib/ai/testing/fake-openai-server";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { createTestApp } from "@/lib/jobs/testing/create-test-app";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { runUntilIdle } from "@/lib/jobs/testing/run-until-idle";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import type { TestDatabase } from "@/lib/testing/test-database";
import { defineTriageEmail } from "@/inngest/triage-email";
import { correctTriage } from "./correct-triage";
import { seedTriageMessage } from "./testing/seed-triage-message";
import { loadTriageSummaries } from "./load-triage-summaries";
import { triageStoredMessage } from "./triage-stored-message";

let db: TestDatabase;
let fake: FakeOpenAiServer;
beforeAll(async () => {
  db = await openJobsTestDatabase();
  fake = await startFakeOpenAiServer();
});
afterAll(async () => {
  await fake?.close();
  await db?.drop();
});
afterEach(() => {
  fake.requests.length = 0;
});

const question = { from: "pat@bigcorp.test", fromName: "Pat Buyer", subject: "Quote for 40 desks", text: "Hello, could you send us a quote for 40 standing desks delivered to our Leeds office in May? Thanks, Pat" };

describe("triage-email function", () => {
  test("the same stored event twice (and a redelivery with another id) -> one MailTriage, one triaged event", async () => {
    const { workspace } = await createTestWorkspace();
    const msg = await seedTriageMessage(workspace.id, question);
    const app = createTestApp((client) => [defineTriageEmail(client), client.createFunction({ id: "listen-triaged", triggers: [{ event: "mail/message.triaged" }] }, async ({ event }) => event.data)]);
    const data = { workspaceId: workspace.id, mailboxId: msg.mailboxId, messageId: msg.id };
    await app.client.send({ id: `stored-${msg.id}`, name: "mail/message.stored", data });
    await app.client.send({ id: `stored-${msg.id}`, name: "mail/message.stored", data });
    await app.client.send({ id: `stored-${msg.id}-again`, name: "mail/message.stored", data });
    await runUntilIdle(app.executor, app.clock);

    expect(await prisma.mailTriage.count({ where: { messageId: msg.id } })).toBe(1);
    const triaged = await prisma.jobEvent.findMany({ where: { name: "mail/message.triaged" } });
    expect(triaged).toHaveLength(1);
    expect(triaged[0]!.idempotencyKey).toBe(`triaged-${msg.id}`);
    expect(triaged[0]!.data).toMatchObject({ workspaceId: workspace.id, messageId: msg.id, route: "attention", isLead: false });
    const listener = await prisma.jobRun.findMany({ where: { eventName: "mail/message.triaged" } });
    expect(listener).toHaveLength(1);
    expect(listener[0]!.status).toBe("COMPLETED");
    const usage = await prisma.usageEvent.findMany({ where: { workspaceId: workspace.id, metric: "emails_processed" } });
    expect(usage).toHaveLength(1);
    const summaries = await loadTriageSummaries(workspace.id, [msg.id]);
    expect(summaries.get(msg.id)).toMatchObject({ route: "attention", reasons: expect.arrayContaining([expect.stringContaining("classifier")]) });
    expect((await loadTriageSummaries("another-workspace", [msg.id])).size).toBe(0);
  });

  test("a message of another workspace is not triaged", async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    const msg = await seedTriageMessage(b.workspace.id, question);
    expect(await triageStoredMessage(a.workspace.id, msg.id, { ai: null })).toBeNull();
    expect(await prisma.mailTriage.count({ where: { messageId: msg.id } })).toBe(0);
  });
});

describe("LLM step through the OpenAI provider (local fake)", () => {
  test("attention mail gets the LLM's category, lead fields and cost; spam never reaches the LLM", async () => {
    const { workspace } = await createTestWorkspace();
    const ai = createOpenAiProvider({ workspaceId: workspace.id, apiKey: "sk-test-triage", keySource: "environment", baseURL: fake.baseURL, maxRetries: 0 });
    fake.respondWith(() => ({ category: "lead", intent: "quote", urgency: 3, sentiment: "neutral", summary: "Quote for 40 desks", needsReply: true, lead: { name: "Pat Buyer", company: "BigCorp", role: null, phone: null, budget: null, timeline: "May", need: "40 standing desks" } }));
    const msg = await seedTriageMessage(workspace.id, question);
    const row = await triageStoredMessage(workspace.id, msg.id, { ai });
    expect(row).toMatchObject({ route: "attention", category: "lead", isLead: true, urgency: 3, blockAutomation: false, aiProvider: "openai" });
    expect(row!.llmInputTokens).toBeGreaterThan(0);
    expect(row!.lead).toMatchObject({ need: "40 standing desks" });
    expect(fake.requests).toHaveLength(1);
    // The email reaches the model as delimited data, never as instructions.
    expect(JSON.stringify(fake.requests[0]!.body)).toContain("UNTRUSTED-");

    const spam = await seedTriageMessage(workspace.id, {
      from: "winner8812@prizes.test",
      subject: "CONGRATULATIONS!!! YOU HAVE WON $1,000,000 CASH",
      text: "Dear friend, you have been selected to receive $1,000,000. Click here now to claim your free money. Act now, limited time offer! Remove me from this list. 100% free, no obligation, guaranteed!",
    });
    const spamRow = await triageStoredMessage(workspace.id, spam.id, { ai });
    expect(spamRow).toMatchObject({ route: "spam", blockAutomation: true, llmModel: null });
    expect(fake.requests).toHaveLength(1);
  });
});

describe("known senders", () => {
  test("a CRM contact or someone the workspace wrote to is decided 'attention' by rules, even with bulk headers", async () => {
    const { workspace } = await createTestWorkspace();
    const bulk = [{ name: "Precedence", value: "bulk" }];
    const stranger = await seedTriageMessage(workspace.id, { ...question, from: "news@stranger.test", headers: bulk });
    const fromStranger = await triageStoredMessage(workspace.id, stranger.id, { ai: null });
    // Bulk mail from a stranger leaves the inbox (as automated, or as spam if the classifier says so).
    expect(fromStranger!.route).not.toBe("attention");
    expect(fromStranger!.reasons).toEqual(expect.arrayContaining(["Precedence: bulk"]));

    const contact = await prisma.contact.create({ data: { workspaceId: workspace.id, name: "Cleo" } });
    await prisma.contactEmail.create({ data: { workspaceId: workspace.id, contactId: contact.id, email: "cleo@client.test" } });
    const fromContact = await seedTriageMessage(workspace.id, { ...question, from: "Cleo@Client.test", headers: bulk });
    const row = await triageStoredMessage(workspace.id, fromContact.id, { ai: null });
    expect(row).toMatchObject({ route: "attention", decidedBy: "rules" });
    expect(row!.reasons).toEqual(["Known contact cleo@client.test"]);

    const sent = await seedTriageMessage(workspace.id, { ...question, from: "owner@ourshop.test", mailboxId: stranger.mailboxId });
    await prisma.mailMessage.update({ where: { id: sent.id }, data: { direction: "OUTBOUND", to: [{ name: "Dan", address: "dan@partner.test" }] } });
    const reply = await seedTriageMessage(workspace.id, { ...question, from: "dan@partner.test", headers: bulk });
    expect(await triageStoredMessage(workspace.id, reply.id, { ai: null })).toMatchObject({ route: "attention", decidedBy: "rules" });
  });
});

describe("corrections", () => {
  test("correcting a category writes a sender rule; the sender's next email is decided by the rule, without classifier or LLM", async () => {
    const { workspace, user } = await createTestWorkspace();
    const ai = createOpenAiProvider({ workspaceId: workspace.id, apiKey: "sk-test-triage", keySource: "environment", baseURL: fake.baseURL, maxRetries: 0 });
    const first = await seedTriageMessage(workspace.id, { ...question, from: "updates@supplier.test" });
    await triageStoredMessage(workspace.id, first.id, { ai });
    const callsBefore = fake.requests.length;

    const { rule, triage } = await correctTriage(workspace.id, { userId: user.id }, { messageId: first.id, category: "newsletter", scope: "address" });
    expect(rule).toMatchObject({ pattern: "updates@supplier.test", category: "newsletter", route: "automated", source: "correction" });
    expect(triage).toMatchObject({ route: "automated", category: "newsletter", decidedBy: "user", correctedById: user.id });
    expect(await prisma.auditLog.count({ where: { workspaceId: workspace.id, action: "triage.corrected" } })).toBe(1);

    const next = await seedTriageMessage(workspace.id, { ...question, from: "Updates@Supplier.test", subject: "Another quote question" });
    const row = await triageStoredMessage(workspace.id, next.id, { ai });
    expect(row).toMatchObject({ route: "automated", category: "newsletter", decidedBy: "user", senderRuleId: rule.id, classifier: null, llmModel: null });
    expect(fake.requests.length).toBe(callsBefore);
    expect(await prisma.senderRule.findUniqueOrThrow({ where: { id: rule.id } })).toMatchObject({ hits: 1 });
  });

  test("another workspace's message cannot be corrected; a free-mail domain cannot become a domain rule", async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    const theirs = await seedTriageMessage(b.workspace.id, question);
    await expect(correctTriage(a.workspace.id, { userId: a.user.id }, { messageId: theirs.id, category: "spam", scope: "address" })).rejects.toMatchObject({ code: "not_found" });
    const mine = await seedTriageMessage(a.workspace.id, { ...question, from: "someone@gmail.com" });
    const refused = correctTriage(a.workspace.id, { userId: a.user.id }, { messageId: mine.id, category: "spam", scope: "domain" });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: "validation_failed" });
    expect(await prisma.senderRule.count({ where: { workspaceId: { in: [a.workspace.id, b.workspace.id] } } })).toBe(0);
  });
});
