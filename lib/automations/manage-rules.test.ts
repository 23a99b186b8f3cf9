import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import { setHostResolver } from "@/lib/security/outbound/resolve-public-address";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { installPreset } from "./install-preset";
import { listRules } from "./list-rules";
import { deleteRule, moveRule, revealWebhookSecret, setRuleEnabled } from "./manage-rule";
import { isFirstTimeSender, reserveAutoSend, autoSentToday } from "./reserve-auto-send";
import { createRule, updateRule } from "./save-rule";
import { testRule, TEST_SAMPLE_SIZE } from "./test-rule";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  // Saving a webhook rule resolves its host (the save-time SSRF check); answer without DNS. Nothing connects.
  setHostResolver(async (host) => [{ address: host === "hooks.example.com" ? "93.184.215.14" : "10.0.0.9", family: 4 }]);
}, 120_000);
afterAll(async () => {
  setHostResolver(null);
  await db?.drop();
});

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeEach(async () => {
  ws = await createTestWorkspace("OWNER");
});

const archiveRule = (name: string) => ({ name, stopProcessing: false, conditions: { match: "all" as const, items: [{ type: "urgency" as const, min: 3 }] }, actions: [{ type: "archive" as const }] });

async function storeMail(count: number, from: (i: number) => string, subject: (i: number) => string, workspaceId = ws.workspace.id) {
  const mailbox = await prisma.mailbox.create({ data: { workspaceId, emailAddress: `inbox-${Math.random().toString(36).slice(2)}@shop.test` } });
  const thread = await prisma.mailThread.create({ data: { workspaceId, mailboxId: mailbox.id, providerThreadId: "t1", lastMessageAt: new Date() } });
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < count; i++) {
    await prisma.mailMessage.create({ data: { workspaceId, mailboxId: mailbox.id, threadId: thread.id, providerMessageId: `m${i}`, fromAddress: from(i), subject: subject(i), receivedAt: new Date(base + i * 60_000) } });
  }
}

describe("rules", () => {
  test("created disabled at the end of the list, reordered, enabled, deleted (log kept); a webhook rule gets an encrypted whsec_ secret", async () => {
    const a = await createRule(ws.actor, archiveRule("A"));
    const b = await createRule(ws.actor, { ...archiveRule("B"), actions: [{ type: "webhook", url: "https://hooks.example.com/x" }] });
    expect([a.enabled, a.position, b.position]).toEqual([false, 0, 1]);
    expect([a.hasWebhookSecret, b.hasWebhookSecret]).toEqual([false, true]);
    const stored = await prisma.automationRule.findUniqueOrThrow({ where: { id: b.id } });
    expect(stored.webhookSecretEnc).toMatch(/^enc:v1:/);
    expect((await revealWebhookSecret(ws.actor, b.id)).secret).toBe(decryptSecret(stored.webhookSecretEnc!));
    expect((await revealWebhookSecret(ws.actor, b.id)).secret).toMatch(/^whsec_/);

    await moveRule(ws.actor, b.id, "up");
    expect((await listRules(ws.workspace.id)).map((r) => r.name)).toEqual(["B", "A"]);
    await moveRule(ws.actor, b.id, "up");
    expect((await listRules(ws.workspace.id)).map((r) => r.name)).toEqual(["B", "A"]);

    await setRuleEnabled(ws.actor, a.id, true);
    const updated = await updateRule(ws.actor, a.id, { ...archiveRule("A2"), actions: [{ type: "mark_read" }] });
    expect(updated).toMatchObject({ name: "A2", enabled: true, actions: [{ type: "mark_read" }] });

    await prisma.automationActionLog.create({ data: { workspaceId: ws.workspace.id, messageId: "m", ruleId: a.id, ruleName: "A2", actionIndex: 0, actionType: "mark_read", status: "DONE" } });
    await deleteRule(ws.actor, a.id);
    expect(await prisma.automationActionLog.count({ where: { ruleId: a.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { workspaceId: ws.workspace.id, action: { startsWith: "automation." } } })).toBeGreaterThanOrEqual(5);
  });

  test("webhook URLs must point at public addresses when saved (422 on the action's url), in any spelling", async () => {
    const webhook = (url: string) => ({ ...archiveRule("Hook"), actions: [{ type: "archive" as const }, { type: "webhook" as const, url }] });
    for (const url of ["https://[::ffff:127.0.0.1]/x", "https://[0:0:0:0:0:ffff:7f00:1]/x", "https://[::ffff:169.254.169.254]/x", "https://2130706433/x", "https://internal.example/x"]) {
      await expect(createRule(ws.actor, webhook(url), { allowPrivate: false }), url).rejects.toMatchObject({ code: "validation_failed", details: [{ path: "actions.1.url" }] });
    }
    const ok = await createRule(ws.actor, webhook("https://hooks.example.com/x"), { allowPrivate: false });
    await expect(updateRule(ws.actor, ok.id, webhook("https://[::ffff:7f00:1]/x"), { allowPrivate: false })).rejects.toMatchObject({ code: "validation_failed" });
    expect((await listRules(ws.workspace.id)).map((r) => r.name)).toEqual(["Hook"]);
  });

  test("another workspace's rule is a 404 for every operation", async () => {
    const other = await createTestWorkspace("OWNER");
    const theirs = await createRule(other.actor, archiveRule("Theirs"));
    for (const op of [() => setRuleEnabled(ws.actor, theirs.id, true), () => moveRule(ws.actor, theirs.id, "down"), () => deleteRule(ws.actor, theirs.id), () => updateRule(ws.actor, theirs.id, archiveRule("X")), () => revealWebhookSecret(ws.actor, theirs.id)]) {
      await expect(op()).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await prisma.automationRule.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Theirs", enabled: false });
  });

  test("a stored rule that no longer parses is shown as invalid, never runs, and cannot be enabled", async () => {
    const rule = await createRule(ws.actor, archiveRule("Broken"));
    await prisma.automationRule.update({ where: { id: rule.id }, data: { actions: [{ type: "explode" }] } });
    expect((await listRules(ws.workspace.id))[0]!.invalid).toMatch(/invalid/);
    await expect(setRuleEnabled(ws.actor, rule.id, true)).rejects.toMatchObject({ code: "conflict" });
  });

  test("presets install disabled, once", async () => {
    const first = await installPreset(ws.actor, "saas");
    expect(first.installed.length).toBe(4);
    expect(first.installed.every((r) => !r.enabled && r.presetKey?.startsWith("saas."))).toBe(true);
    const again = await installPreset(ws.actor, "saas");
    expect(again).toMatchObject({ installed: [], skipped: expect.arrayContaining(["Support requests"]) });
    await expect(installPreset(ws.actor, "nope")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("test against the last 100 emails", () => {
  test("evaluates the newest 100 stored emails and returns the matches with reasons", async () => {
    await storeMail(130, (i) => (i % 10 === 0 ? `billing@vendor.test` : `person${i}@client.test`), (i) => `Message ${i}`);
    const report = await testRule(ws.workspace.id, { name: "Vendor", stopProcessing: false, conditions: { match: "all", items: [{ type: "domain", value: "vendor.test" }] }, actions: [{ type: "label", label: "Vendors" }, { type: "forward", to: "a@b.test" }] });
    expect(report.tested).toBe(TEST_SAMPLE_SIZE);
    // Messages 30..129 are the newest 100; every tenth is from the vendor.
    expect(report.matched).toBe(10);
    expect(report.results.map((r) => r.subject)).toEqual([120, 110, 100, 90, 80, 70, 60, 50, 40, 30].map((i) => `Message ${i}`));
    expect(report.results[0]!.reasons).toEqual(["✓ sender domain vendor.test is vendor.test"]);
    // Without a stored triage the forward would be skipped (only label/archive run on untriaged mail).
    expect(report.results[0]!.planned.map((p) => `${p.type}:${p.decision}`)).toEqual(["label:run", "forward:skip"]);
  });

  test("an AI condition under Offline AI is reported as not evaluated, not as a match", async () => {
    await storeMail(5, () => "x@client.test", () => "Hello");
    const report = await testRule(ws.workspace.id, { name: "AI", stopProcessing: false, conditions: { match: "all", items: [{ type: "ai", instruction: "asks for a refund" }] }, actions: [{ type: "archive" }] });
    expect(report).toMatchObject({ tested: 5, matched: 0, notEvaluated: 5, aiCalls: 0 });
    expect(report.results[0]!.status).toBe("not_evaluated");
  });

  test("only this workspace's mail is tested", async () => {
    const other = await createTestWorkspace("OWNER");
    await storeMail(3, () => "x@vendor.test", () => "Theirs", other.workspace.id);
    const report = await testRule(ws.workspace.id, { name: "V", stopProcessing: false, conditions: { match: "all", items: [{ type: "domain", value: "vendor.test" }] }, actions: [{ type: "archive" }] });
    expect(report.tested).toBe(0);
  });
});

describe("auto-send bookkeeping", () => {
  test("the daily cap is reserved atomically: 8 concurrent attempts at cap 3 get exactly 3 slots", async () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const results = await Promise.all(Array.from({ length: 8 }, () => reserveAutoSend(ws.workspace.id, 3, now)));
    expect(results.filter(Boolean)).toHaveLength(3);
    expect(await autoSentToday(ws.workspace.id, now)).toBe(3);
    expect(await reserveAutoSend(ws.workspace.id, 3, new Date("2026-03-02T00:00:01Z"))).toBe(true);
    expect(await reserveAutoSend(ws.workspace.id, 0, now)).toBe(false);
  });

  test("first-time sender: no earlier mail from the address in this workspace", async () => {
    await storeMail(3, (i) => (i === 2 ? "new@client.test" : "Known@Client.test"), (i) => `S${i}`);
    const messages = await prisma.mailMessage.findMany({ where: { workspaceId: ws.workspace.id }, orderBy: { receivedAt: "asc" } });
    expect(await isFirstTimeSender(ws.workspace.id, messages[0]!.id)).toBe(true);
    expect(await isFirstTimeSender(ws.workspace.id, messages[1]!.id)).toBe(false);
    expect(await isFirstTimeSender(ws.workspace.id, messages[2]!.id)).toBe(true);
  });
});
