/**
 * The demo business end to end with Offline AI (no OpenAI key), on real
 * Postgres with the app's Inngest functions on the local executor: the demo
 * workspace is seeded (knowledge base, CRM history), its sandbox mailbox is
 * connected with two weeks of story mail, and the backfill flows through
 * sync -> ingest -> triage -> drafts -> CRM. What a visitor sees after
 * `npm run dev`: triaged mail, a pipeline with deals in several stages, and
 * drafts that quote the knowledge base with their sources.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { serve } from "inngest/next";
import { connectDemoMailbox } from "@/lib/demo/connect-demo-mailbox";
import { DEMO_MAILBOX_ADDRESS } from "@/lib/demo/demo-mailbox-config";
import { demoStoryMail } from "@/lib/demo/demo-story-mail";
import { DEMO_STORY } from "@/lib/demo/mail/demo-story";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import type { DraftSource } from "@/lib/drafts/draft-schemas";
import { env } from "@/lib/env";
import { pointGmailAtSandbox } from "@/lib/gmail/testing/sandbox-mailbox";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { createJobExecutor } from "@/lib/jobs/job-executor";
import { handlerTransport } from "@/lib/jobs/job-transport";
import { localSigningKey } from "@/lib/jobs/local-signing-key";
import { fakeClock } from "@/lib/jobs/testing/fake-clock";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { runUntilIdle } from "@/lib/jobs/testing/run-until-idle";
import type { TestDatabase } from "@/lib/testing/test-database";
import { inngest } from "./client";
import { crmLinkEmail } from "./crm-link-email";
import { draftReply } from "./draft-reply";
import { ingestEmail } from "./ingest-email";
import { runAutomations } from "./run-automations";
import { startMailbox } from "./start-mailbox";
import { syncMailbox } from "./sync-mailbox";
import { triageEmailFunction } from "./triage-email";

const app = serve({ client: inngest, functions: [startMailbox, syncMailbox, ingestEmail, triageEmailFunction, draftReply, runAutomations, crmLinkEmail] });
const saved = { ...env };
let db: TestDatabase;
let sandbox: GmailSandbox;

beforeAll(async () => {
  db = await openJobsTestDatabase();
  sandbox = await startGmailSandbox({ accounts: [DEMO_MAILBOX_ADDRESS] });
  pointGmailAtSandbox(sandbox);
  Object.assign(env, { OPENAI_API_KEY: undefined, PINECONE_API_KEY: undefined, GMAIL_BACKFILL_DAYS: 14 });
}, 120_000);
afterAll(async () => {
  Object.assign(env, saved);
  await sandbox?.stop();
  await db?.drop();
});

test("seeded demo + backfilled story mail: triaged inbox, deals in several stages, drafts citing the knowledge base", async () => {
  const owner = await seedDemoWorkspace(db.prisma);
  const { workspaceId } = owner;
  const clock = fakeClock(new Date());
  const executor = createJobExecutor({ transport: handlerTransport(app), appUrl: "http://localhost:3000", signingKey: localSigningKey(), clock: clock.now, workers: 8 });
  const started = performance.now();
  const connected = await connectDemoMailbox(db.prisma, sandbox, owner, demoStoryMail(DEMO_MAILBOX_ADDRESS));
  await runUntilIdle(executor, clock, 10_000);
  console.log(`demo journey: ${connected.preloaded} emails backfilled, triaged and drafted in ${Math.round(performance.now() - started)} ms`);

  expect(await db.prisma.jobRun.findMany({ where: { status: "FAILED" }, select: { functionId: true, error: true } })).toEqual([]);
  const backfill = DEMO_STORY.filter((e) => !e.live);
  expect(connected.preloaded).toBe(backfill.length);

  // Every story email is stored and triaged; spam and phishing never reach the inbox or get a draft.
  const stored = await db.prisma.mailMessage.findMany({ where: { workspaceId } });
  const triages = await db.prisma.mailTriage.findMany({ where: { workspaceId } });
  const drafts = await db.prisma.draft.findMany({ where: { workspaceId } });
  const messages = stored.map((m) => ({ ...m, triage: triages.find((t) => t.messageId === m.id), drafts: drafts.filter((d) => d.messageId === m.id) }));
  expect(messages).toHaveLength(backfill.length);
  expect(messages.filter((m) => !m.triage).map((m) => m.subject)).toEqual([]);
  const byKey = new Map(messages.map((m) => [m.rfcMessageId?.replace(/@.*$/, ""), m]));
  const kindOf = (kind: string) => backfill.filter((e) => e.kind === kind).map((e) => byKey.get(e.key)!);
  for (const m of [...kindOf("spam"), ...kindOf("phishing")]) {
    expect(m.triage, m.subject ?? "").toMatchObject({ route: "spam", blockAutomation: true });
    expect(m.drafts).toEqual([]);
  }
  for (const m of kindOf("newsletter")) expect(m.triage!.route, m.subject ?? "").not.toBe("attention");

  // The pipeline shows the story's deals across its stages, with dated timelines.
  const deals = await db.prisma.deal.findMany({ where: { workspaceId }, include: { stage: true } });
  expect(new Set(deals.map((d) => d.stage.name))).toEqual(new Set(["New", "Proposal", "Meeting", "Won", "Lost"]));
  const history = await db.prisma.dealStageHistory.findMany({ where: { workspaceId } });
  expect(Math.min(...history.map((h) => h.changedAt.getTime()))).toBeLessThan(Date.now() - 10 * 86_400_000);
  // Mail from a deal's contact lands on that contact's timeline.
  const helen = await db.prisma.contact.findFirstOrThrow({ where: { workspaceId, email: "helen@marsh-lettings.example" } });
  expect(await db.prisma.activityLink.count({ where: { workspaceId, recordType: "contact", recordId: helen.id, activity: { type: "email_in" } } })).toBe(3);

  // Support questions get drafts that quote the knowledge base, with the passages as sources.
  const boiler = byKey.get("support-boiler-service-price")!;
  expect(boiler.drafts).toHaveLength(1);
  const draft = boiler.drafts[0]!;
  const sources = draft.sources as DraftSource[];
  expect(sources.length).toBeGreaterThan(0);
  expect(draft.body).toContain("£95");
  expect(sources.map((s) => s.excerpt).join(" ")).toContain("£95");
  const grounded = messages.filter((m) => m.drafts.some((d) => (d.sources as DraftSource[]).length > 0));
  console.log(`demo journey: ${grounded.length} of ${messages.filter((m) => m.drafts.length).length} drafts cite the knowledge base`);
  expect(grounded.length).toBeGreaterThanOrEqual(kindOf("support").length / 2);
}, 300_000);
