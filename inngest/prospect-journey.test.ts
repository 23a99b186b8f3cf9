/**
 * A new prospect's email through the whole product, on real Postgres with the
 * app's real Inngest functions on the local executor: Gmail sandbox -> signed
 * push -> POST /api/webhooks/gmail -> sync -> ingest -> triage (OpenAI SDK
 * against the local fake) -> reply draft grounded in the knowledge base and
 * saved to Gmail -> automation rule labels the message -> CRM contact, company,
 * deal and timeline. The same push delivered again duplicates nothing.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serve } from "inngest/next";
import { POST as gmailWebhook } from "@/app/api/webhooks/gmail/route";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "@/lib/ai/testing/fake-openai-server";
import { schemaExample } from "@/lib/ai/testing/schema-example";
import { setRuleEnabled } from "@/lib/automations/manage-rule";
import { createRule } from "@/lib/automations/save-rule";
import { loadCrmContext } from "@/lib/drafts/load-crm-context";
import type { DraftSource } from "@/lib/drafts/draft-schemas";
import { env } from "@/lib/env";
import { createSandboxMailbox, pointGmailAtSandbox } from "@/lib/gmail/testing/sandbox-mailbox";
import type { SandboxPush } from "@/lib/gmail-sandbox/publish-push";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { createJobExecutor } from "@/lib/jobs/job-executor";
import { handlerTransport } from "@/lib/jobs/job-transport";
import { localSigningKey } from "@/lib/jobs/local-signing-key";
import { fakeClock } from "@/lib/jobs/testing/fake-clock";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { runUntilIdle } from "@/lib/jobs/testing/run-until-idle";
import { createTextDocument } from "@/lib/knowledge/create-knowledge-document";
import { finishDocumentIndex, indexChunkBatch, prepareDocumentIndex } from "@/lib/knowledge/index-document-steps";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import type { TestDatabase } from "@/lib/testing/test-database";
import { inngest } from "./client";
import { crmLinkEmail } from "./crm-link-email";
import { draftReply } from "./draft-reply";
import { ingestEmail } from "./ingest-email";
import { runAutomations } from "./run-automations";
import { startMailbox } from "./start-mailbox";
import { syncMailbox } from "./sync-mailbox";
import { triageEmailFunction } from "./triage-email";

const SHOP = "hello@deskworks.test";
const PROSPECT = "pat.buyer@bigcorp-industries.test";
const LEAD = { name: "Pat Buyer", company: "BigCorp Industries", role: "Facilities manager", phone: null, budget: "£20k", timeline: "May", need: "40 standing desks" };

const app = serve({ client: inngest, functions: [startMailbox, syncMailbox, ingestEmail, triageEmailFunction, draftReply, runAutomations, crmLinkEmail] });
const saved = { ...env };
let db: TestDatabase;
let sandbox: GmailSandbox;
let openai: FakeOpenAiServer;
const pushes: SandboxPush[] = [];

beforeAll(async () => {
  db = await openJobsTestDatabase();
  sandbox = await startGmailSandbox({ accounts: [SHOP], onPush: (p) => void pushes.push(p) });
  openai = await startFakeOpenAiServer();
  pointGmailAtSandbox(sandbox);
  Object.assign(env, { OPENAI_API_KEY: "sk-test-prospect-journey", OPENAI_BASE_URL: openai.baseURL });
  // Triage gets a lead verdict; every other structured call (the draft) gets a schema-valid answer.
  openai.respondWith((body) => {
    const format = body.response_format as { json_schema: { name: string; schema: object } };
    if (format.json_schema.name === "email_triage") return { category: "lead", intent: "quote", urgency: 4, sentiment: "positive", summary: "Quote for 40 standing desks", needsReply: true, lead: LEAD };
    if (format.json_schema.name !== "reply_draft") return schemaExample(format.json_schema.schema);
    // Like a real model: answer from the sources it was given and cite the ones it used.
    const prompt = JSON.stringify(body.messages);
    const cited = [...prompt.matchAll(/source id=\\"([^"\\]+)\\" title=\\"([^"\\]*)\\"/g)].filter((m) => /standing desks|delivery/i.test(m[2]!)).map((m) => m[1]!);
    return { body: "Hi Pat,\n\nOur electric standing desk is £450 each, and 40 desks get 10% off. Delivery and assembly are free within three weeks.", usedSourceIds: cited, confidence: cited.length ? 0.8 : 0.2 };
  });
}, 120_000);
afterAll(async () => {
  Object.assign(env, saved);
  await openai?.close();
  await sandbox?.stop();
  await db?.drop();
});

async function deliver(push: SandboxPush): Promise<{ status: number; body: { duplicate?: boolean } }> {
  const req = new NextRequest("http://localhost/api/webhooks/gmail", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${push.token}` }, body: JSON.stringify(push.body) });
  const res = await gmailWebhook(req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as { duplicate?: boolean } };
}

async function counts(workspaceId: string) {
  const where = { workspaceId };
  const [messages, triages, drafts, actionLogs, contacts, companies, deals, activities, links, gmailDrafts] = await Promise.all([
    db.prisma.mailMessage.count({ where }),
    db.prisma.mailTriage.count({ where }),
    db.prisma.draft.count({ where }),
    db.prisma.automationActionLog.count({ where }),
    db.prisma.contact.count({ where }),
    db.prisma.company.count({ where }),
    db.prisma.deal.count({ where }),
    db.prisma.activity.count({ where }),
    db.prisma.activityLink.count({ where }),
    Promise.resolve(sandbox.account(SHOP).drafts.size),
  ]);
  return { messages, triages, drafts, actionLogs, contacts, companies, deals, activities, links, gmailDrafts };
}

describe("a new prospect's email through the whole product", () => {
  test("push -> message -> triage (lead) -> grounded draft in Gmail -> rule labels it -> CRM contact, company, deal, timeline; a redelivered push changes nothing", async () => {
    const { workspace, user, actor } = await createTestWorkspace("OWNER", "DeskWorks");
    await createTextDocument(actor, { title: "Price list", format: "markdown", content: "# Standing desks\n\nOur electric standing desk costs £450 each; orders of 20 or more get 10% off.\n\n# Delivery\n\nFree delivery and assembly anywhere in the UK within three weeks." });
    for (const doc of await db.prisma.knowledgeDocument.findMany({ where: { workspaceId: workspace.id } })) {
      const plan = (await prepareDocumentIndex(workspace.id, doc.id))!;
      for (let b = 0; b < plan.batches; b++) await indexChunkBatch(workspace.id, doc.id, b, plan.embeddingModel);
      await finishDocumentIndex(workspace.id, doc.id);
    }
    expect(await db.prisma.knowledgeDocument.findMany({ where: { workspaceId: workspace.id }, select: { status: true } })).toEqual([{ status: "READY" }]);
    const rule = await createRule(actor, { name: "Leads label", stopProcessing: false, conditions: { match: "all", items: [{ type: "category", values: ["lead"] }] }, actions: [{ type: "label", label: "Leads" }] });
    await setRuleEnabled(actor, rule.id, true);

    const mailbox = await createSandboxMailbox(sandbox, { workspaceId: workspace.id, emailAddress: SHOP, connectedById: user.id });
    const clock = fakeClock(new Date());
    const executor = createJobExecutor({ transport: handlerTransport(app), appUrl: "http://localhost:3000", signingKey: localSigningKey(), clock: clock.now, workers: 8 });
    await inngest.send({ name: "gmail/mailbox.connected", data: { workspaceId: workspace.id, mailboxId: mailbox.id } });
    await runUntilIdle(executor, clock, 2_000);

    const raw = [
      `From: Pat Buyer <${PROSPECT}>`,
      `To: DeskWorks <${SHOP}>`,
      "Subject: Quote for 40 standing desks",
      "Message-ID: <quote-40-desks@bigcorp-industries.test>",
      `Date: ${new Date().toUTCString()}`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Hello,",
      "",
      "We are refitting our Leeds office and would like a quote for 40 electric standing desks,",
      "delivered and assembled in May. What would the price be, and how long does delivery take?",
      "",
      "Thanks,",
      "Pat Buyer",
      "Facilities manager, BigCorp Industries",
    ].join("\r\n");
    const added = sandbox.addMessage(SHOP, raw, ["INBOX", "UNREAD"]);
    await sandbox.flushPushes();
    expect(pushes).toHaveLength(1);
    const started = performance.now();
    expect(await deliver(pushes[0]!)).toMatchObject({ status: 200, body: { duplicate: false } });
    await runUntilIdle(executor, clock, 5_000);
    console.log(`prospect journey: push to idle in ${Math.round(performance.now() - started)} ms`);

    const failed = await db.prisma.jobRun.findMany({ where: { status: "FAILED" }, select: { functionId: true, error: true } });
    expect(failed).toEqual([]);

    // The stored message and its triage.
    const messages = await db.prisma.mailMessage.findMany({ where: { workspaceId: workspace.id } });
    expect(messages).toHaveLength(1);
    const message = messages[0]!;
    expect(message).toMatchObject({ providerMessageId: added.id, fromAddress: PROSPECT, direction: "INBOUND" });
    const triage = await db.prisma.mailTriage.findUniqueOrThrow({ where: { messageId: message.id } });
    expect(triage).toMatchObject({ workspaceId: workspace.id, route: "attention", category: "lead", isLead: true, aiProvider: "openai" });
    expect(triage.decidedBy).toBeTruthy();
    expect((triage.reasons as string[]).length).toBeGreaterThan(0);
    expect(triage.confidence).toBeGreaterThan(0);
    expect(triage.lead).toMatchObject({ need: "40 standing desks", company: "BigCorp Industries" });
    const usage = await db.prisma.aiUsage.findMany({ where: { workspaceId: workspace.id, task: "triage", messageId: message.id } });
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({ outcome: "ok" });
    expect(usage[0]!.inputTokens).toBeGreaterThan(0);
    expect(usage[0]!.outputTokens).toBeGreaterThan(0);
    expect(usage[0]!.estimatedUsd).toBeGreaterThan(0);

    // One draft, grounded in the price list, saved as a Gmail draft in the prospect's thread.
    const drafts = await db.prisma.draft.findMany({ where: { workspaceId: workspace.id, messageId: message.id } });
    expect(drafts).toHaveLength(1);
    const draft = drafts[0]!;
    expect(draft).toMatchObject({ status: "SAVED", provider: "openai", error: null });
    const sources = draft.sources as DraftSource[];
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.title.startsWith("Price list"))).toBe(true);
    expect(sources.map((s) => s.excerpt).join(" ")).toContain("£450");
    expect(draft.body).toContain("£450");
    const gmailDraftMessageId = sandbox.account(SHOP).drafts.get(draft.providerDraftId!)!;
    const gmailDraft = sandbox.account(SHOP).messages.get(gmailDraftMessageId)!;
    expect(gmailDraft.threadId).toBe(added.threadId);
    expect(gmailDraft.labelIds).toContain("DRAFT");

    // The rule's label action: logged with its rule, and the Gmail message carries the label.
    const logs = await db.prisma.automationActionLog.findMany({ where: { workspaceId: workspace.id, messageId: message.id } });
    expect(logs.map((l) => [l.ruleId, l.ruleName, l.actionType, l.status])).toEqual([[rule.id, "Leads label", "label", "DONE"]]);
    const label = sandbox.account(SHOP).userLabels.find((l) => l.name === "Leads")!;
    expect(label).toBeDefined();
    expect(sandbox.account(SHOP).messages.get(added.id)!.labelIds).toContain(label.id);

    // CRM: the prospect, their company by domain, a deal in the first stage, the email on the timelines.
    const contacts = await db.prisma.contact.findMany({ where: { workspaceId: workspace.id }, include: { emails: true } });
    expect(contacts).toHaveLength(1);
    expect(contacts[0]!.emails.map((e) => e.email)).toEqual([PROSPECT]);
    const companies = await db.prisma.company.findMany({ where: { workspaceId: workspace.id }, include: { domains: true } });
    expect(companies).toHaveLength(1);
    expect(companies[0]!.domains.map((d) => d.domain)).toEqual(["bigcorp-industries.test"]);
    expect(contacts[0]!.companyId).toBe(companies[0]!.id);
    const deals = await db.prisma.deal.findMany({ where: { workspaceId: workspace.id }, include: { stage: true, pipeline: { include: { stages: { orderBy: { position: "asc" } } } } } });
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ sourceMessageId: message.id, companyId: companies[0]!.id });
    expect(deals[0]!.stageId).toBe(deals[0]!.pipeline.stages[0]!.id);
    const activities = await db.prisma.activity.findMany({ where: { workspaceId: workspace.id, messageId: message.id }, include: { links: true }, orderBy: { type: "asc" } });
    expect(activities.map((a) => [a.type, a.dedupeKey])).toEqual([["ai_action", `lead:${message.id}`], ["email_in", `email:${message.id}`]]);
    const onRecords = new Set([`contact:${contacts[0]!.id}`, `company:${companies[0]!.id}`, `deal:${deals[0]!.id}`]);
    for (const activity of activities) expect(new Set(activity.links.map((l) => `${l.recordType}:${l.recordId}`))).toEqual(onRecords);

    // What the drafter is told about the sender names the deal's stage.
    const context = await loadCrmContext(workspace.id, PROSPECT);
    expect(context).toContain(`(stage ${deals[0]!.stage.name}`);
    expect(context).not.toContain("[object Object]");

    // The same push again: acknowledged, and nothing is duplicated.
    const before = await counts(workspace.id);
    expect(before).toMatchObject({ messages: 1, triages: 1, drafts: 1, actionLogs: 1, contacts: 1, companies: 1, deals: 1, gmailDrafts: 1 });
    const usageBefore = await db.prisma.aiUsage.count({ where: { workspaceId: workspace.id } });
    expect(await deliver(pushes[0]!)).toMatchObject({ status: 200, body: { duplicate: true } });
    // The push receipt stops that redelivery at the door, so also redeliver the downstream events under
    // fresh ids (as a replay from the Inngest dashboard would): each function must be idempotent by itself.
    const triaged = { workspaceId: workspace.id, messageId: message.id, route: "attention", category: "lead", isLead: true };
    await inngest.send([
      { id: `found-${mailbox.id}-${added.id}-replay`, name: "mail/message.found", data: { workspaceId: workspace.id, mailboxId: mailbox.id, providerMessageId: added.id } },
      { id: `stored-${message.id}-replay`, name: "mail/message.stored", data: { workspaceId: workspace.id, mailboxId: mailbox.id, messageId: message.id } },
      { id: `triaged-${message.id}-replay`, name: "mail/message.triaged", data: triaged },
    ]);
    await runUntilIdle(executor, clock, 5_000);
    expect(await db.prisma.jobRun.count({ where: { eventName: "mail/message.triaged" } })).toBe(6);
    expect(await counts(workspace.id)).toEqual(before);
    expect(await db.prisma.aiUsage.count({ where: { workspaceId: workspace.id } })).toBe(usageBefore);
    expect(sandbox.account(SHOP).messages.get(added.id)!.labelIds.filter((l) => l === label.id)).toHaveLength(1);
    expect(await db.prisma.jobRun.count({ where: { status: "FAILED" } })).toBe(0);
  }, 120_000);
});
