import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { ensureDefaultPipeline } from "@/lib/crm/ensure-default-pipeline";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { analyticsPeriod } from "./analytics-period";
import { analyticsRangeSchema } from "./analytics-schemas";
import { computeFunnel } from "./compute-funnel";
import { getAnalytics } from "./get-analytics";

// A fixed "now" so day buckets are predictable: Thursday 2026-11-26, 15:00 UTC.
const NOW = new Date("2026-11-26T15:00:00Z");
const at = (iso: string) => new Date(iso);

let db: TestDatabase;
let a: string;
let b: string;
let seq = 0;

async function seedMail(workspaceId: string, mail: { receivedAt: string; from: string; route?: string; category?: string; decidedBy?: string | null; isLead?: boolean; llmUsd?: number; triageAfterSeconds?: number }[]) {
  const mailbox = await prisma.mailbox.create({ data: { workspaceId, emailAddress: `box-${workspaceId}@example.test` } });
  const thread = await prisma.mailThread.create({ data: { workspaceId, mailboxId: mailbox.id, providerThreadId: "t", lastMessageAt: NOW } });
  for (const m of mail) {
    const stored = at(m.receivedAt);
    const msg = await prisma.mailMessage.create({
      data: { workspaceId, mailboxId: mailbox.id, threadId: thread.id, providerMessageId: `p${++seq}`, fromAddress: m.from, receivedAt: stored, createdAt: stored },
    });
    if (m.route) {
      await prisma.mailTriage.create({
        data: {
          workspaceId, messageId: msg.id, route: m.route, category: m.category ?? "other", confidence: 0.9, decidedBy: m.decidedBy ?? null,
          isLead: m.isLead ?? false, llmUsd: m.llmUsd ?? 0, createdAt: new Date(stored.getTime() + (m.triageAfterSeconds ?? 0) * 1000),
        },
      });
    }
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  a = (await createTestWorkspace()).workspace.id;
  b = (await createTestWorkspace()).workspace.id;
  await seedMail(a, [
    // 23:59 and 00:00 UTC land on different days.
    { receivedAt: "2026-11-24T23:59:59Z", from: "Ann@Client.test", route: "attention", category: "lead", decidedBy: "llm", isLead: true, llmUsd: 0.002, triageAfterSeconds: 4 },
    { receivedAt: "2026-11-25T00:00:00Z", from: "ann@client.test", route: "automated", category: "other", decidedBy: "classifier", triageAfterSeconds: 2 },
    { receivedAt: "2026-11-25T10:00:00Z", from: "news@list.test", route: "spam", category: "other", decidedBy: "rules", triageAfterSeconds: 0 },
    { receivedAt: "2026-11-26T09:00:00Z", from: "bob@client.test" },
    // Outside a 7-day range, inside 30.
    { receivedAt: "2026-11-10T12:00:00Z", from: "old@client.test", route: "attention", category: "support", decidedBy: "user", triageAfterSeconds: 10 },
  ]);
  await seedMail(b, [
    { receivedAt: "2026-11-25T08:00:00Z", from: "bravo@secret.test", route: "attention", category: "billing", decidedBy: "llm", llmUsd: 5 },
    { receivedAt: "2026-11-25T09:00:00Z", from: "bravo@secret.test", route: "attention", category: "billing", decidedBy: "llm", llmUsd: 5 },
  ]);
  await prisma.aiUsage.createMany({
    data: [
      { workspaceId: a, task: "triage", model: "m", estimatedUsd: 0.002, createdAt: at("2026-11-25T00:00:00Z") },
      { workspaceId: a, task: "draft", model: "m", estimatedUsd: 0.01, createdAt: at("2026-11-25T00:00:00Z") },
      { workspaceId: a, task: "draft", model: "m", estimatedUsd: 1, createdAt: at("2026-10-01T00:00:00Z") },
      { workspaceId: b, task: "draft", model: "m", estimatedUsd: 7, createdAt: at("2026-11-25T00:00:00Z") },
    ],
  });
  await prisma.draft.createMany({
    data: [
      { workspaceId: a, messageId: "m1", body: "x", provider: "offline", status: "SENT", createdAt: at("2026-11-25T01:00:00Z") },
      { workspaceId: a, messageId: "m2", body: "x", provider: "offline", status: "DISCARDED", createdAt: at("2026-11-25T01:00:00Z") },
      { workspaceId: a, messageId: "m3", body: "x", provider: "offline", status: "PROPOSED", createdAt: at("2026-11-25T01:00:00Z") },
      { workspaceId: b, messageId: "m4", body: "x", provider: "offline", status: "SENT", createdAt: at("2026-11-25T01:00:00Z") },
    ],
  });
  const log = (workspaceId: string, messageId: string, actionType: string, status: "DONE" | "FAILED", actionIndex = 0) =>
    ({ workspaceId, messageId, ruleId: "r", ruleName: "r", actionIndex, actionType, status, createdAt: at("2026-11-25T02:00:00Z") });
  await prisma.automationActionLog.createMany({
    data: [log(a, "m1", "label", "DONE"), log(a, "m2", "label", "DONE"), log(a, "m3", "archive", "DONE"), log(a, "m4", "archive", "FAILED"), log(a, "m5", "ai", "DONE", -1), log(b, "m6", "label", "DONE")],
  });
  // Funnel in A: 4 deals. d1 New only; d2 New→Qualified; d3 New→Qualified→Meeting→Proposal→Won; d4 New→Lost.
  const pipeline = await ensureDefaultPipeline(a);
  const stage = (name: string) => pipeline.stages.find((s) => s.name === name)!.id;
  const last = (ids: string[]) => ids[ids.length - 1]!;
  const deal = async (title: string, path: string[], createdAt: string) => {
    const d = await prisma.deal.create({ data: { workspaceId: a, title, pipelineId: pipeline.id, stageId: stage(last(path)), createdAt: at(createdAt) } });
    let prev: string | null = null;
    for (const [i, name] of path.entries()) {
      await prisma.dealStageHistory.create({ data: { workspaceId: a, dealId: d.id, fromStageId: prev, toStageId: stage(name), changedAt: new Date(at(createdAt).getTime() + i * 60_000) } });
      prev = stage(name);
    }
  };
  await deal("d1", ["New"], "2026-11-23T10:00:00Z"); // Monday
  await deal("d2", ["New", "Qualified"], "2026-11-22T10:00:00Z"); // Sunday: previous week
  await deal("d3", ["New", "Qualified", "Meeting", "Proposal", "Won"], "2026-11-24T10:00:00Z");
  await deal("d4", ["New", "Lost"], "2026-11-25T10:00:00Z");
  // B has a deal too; it must not show in A's funnel.
  const bPipeline = await ensureDefaultPipeline(b);
  const bd = await prisma.deal.create({ data: { workspaceId: b, title: "bravo", pipelineId: bPipeline.id, stageId: bPipeline.stages[0]!.id, createdAt: at("2026-11-25T10:00:00Z") } });
  await prisma.dealStageHistory.create({ data: { workspaceId: b, dealId: bd.id, toStageId: bPipeline.stages[0]!.id, changedAt: at("2026-11-25T10:00:00Z") } });
});
afterAll(async () => {
  await db.drop();
});

describe("analytics period", () => {
  test("UTC days ending today; range parsing falls back to 30", () => {
    const p = analyticsPeriod(7, NOW);
    expect(p.since.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(p.days).toEqual(["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"]);
    expect(analyticsRangeSchema.parse("90")).toBe(90);
    expect(analyticsRangeSchema.parse("1000")).toBe(30);
    expect(analyticsRangeSchema.parse(undefined)).toBe(30);
  });
});

describe("getAnalytics", () => {
  test("mail per day buckets on UTC days by route, scoped to the workspace", async () => {
    const r = await getAnalytics(a, 7, NOW);
    const series = Object.fromEntries(r.mail.series.map((s) => [s.route, s.counts]));
    expect(series.attention).toEqual([0, 0, 0, 0, 1, 0, 0]);
    expect(series.automated).toEqual([0, 0, 0, 0, 0, 1, 0]);
    expect(series.spam).toEqual([0, 0, 0, 0, 0, 1, 0]);
    expect(series.untriaged).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(r.mail.total).toBe(4);
    const month = await getAnalytics(a, 30, NOW);
    expect(month.mail.total).toBe(5);
    expect((await getAnalytics(b, 7, NOW)).mail.total).toBe(2);
  });

  test("triage deciders, attention, leads, LLM cost and average triage time", async () => {
    const r = await getAnalytics(a, 7, NOW);
    expect(Object.fromEntries(r.triage.deciders.map((d) => [d.decidedBy, d.count]))).toEqual({ rules: 1, classifier: 1, llm: 1, user: 0, undecided: 0 });
    expect(r.triage.triaged).toBe(3);
    expect(r.triage.attention).toBe(1);
    expect(r.triage.leads).toBe(1);
    expect(r.triage.llmUsd).toBeCloseTo(0.002, 6);
    expect(r.triage.avgTriageSeconds).toBeCloseTo(2, 6);
    expect(r.categories).toEqual([{ category: "other", count: 2 }, { category: "lead", count: 1 }]);
    expect(r.senders[0]).toEqual({ address: "ann@client.test", name: null, count: 2 });
    expect(r.senders.map((s) => s.address)).not.toContain("bravo@secret.test");
  });

  test("AI cost, drafts and automation actions in the period only", async () => {
    const r = await getAnalytics(a, 30, NOW);
    expect(r.aiCost.totalUsd).toBeCloseTo(0.012, 6);
    expect(r.aiCost.byTask.map((t) => t.task)).toEqual(["draft", "triage"]);
    expect(r.work.drafts).toEqual({ PROPOSED: 1, SAVED: 0, SENT: 1, DISCARDED: 1 });
    expect(r.work.actions).toEqual([{ actionType: "label", count: 2 }, { actionType: "archive", count: 1 }]);
    expect(r.work.actionsFailed).toBe(1);
    expect((await getAnalytics(a, 90, NOW)).aiCost.totalUsd).toBeCloseTo(1.012, 6);
  });

  test("pipeline funnel counts deals reaching each stage with conversion between stages", async () => {
    const r = await getAnalytics(a, 30, NOW);
    expect(r.funnel.deals).toBe(4);
    expect(r.funnel.lost).toBe(1);
    expect(r.funnel.stages.map((s) => [s.name, s.reached])).toEqual([["New", 4], ["Qualified", 2], ["Meeting", 1], ["Proposal", 1], ["Won", 1]]);
    expect(r.funnel.stages.map((s) => s.conversion)).toEqual([null, 0.5, 0.5, 1, 1]);
    // Deals per Monday-start week: the Sunday deal falls in the week of Nov 16.
    const week = await getAnalytics(a, 7, NOW);
    expect(week.dealsPerWeek.weeks).toEqual(["2026-11-16", "2026-11-23"]);
    expect(week.dealsPerWeek.counts).toEqual([1, 3]);
    expect((await getAnalytics(b, 30, NOW)).funnel.stages[0]?.reached).toBe(1);
  });

  test("an empty workspace gets zeros and nulls, not errors", async () => {
    const { workspace } = await createTestWorkspace();
    const r = await getAnalytics(workspace.id, 7, NOW);
    expect(r.mail.total).toBe(0);
    expect(r.triage.avgTriageSeconds).toBeNull();
    expect(r.funnel).toEqual({ pipelineName: null, stages: [], deals: 0, lost: 0 });
    expect(r.dealsPerWeek.total).toBe(0);
  });
});

describe("computeFunnel", () => {
  test("skipped stages count as passed; zero previous gives null conversion", () => {
    const stages = [{ id: "a", name: "A", position: 0 }, { id: "b", name: "B", position: 1 }, { id: "c", name: "C", position: 2 }];
    expect(computeFunnel(stages, [2, 0, 0]).map((s) => [s.reached, s.conversion])).toEqual([[3, null], [1, 1 / 3], [1, 1]]);
    expect(computeFunnel(stages, []).map((s) => s.conversion)).toEqual([null, null, null]);
  });
});
