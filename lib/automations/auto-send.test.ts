/**
 * Draft and auto-send actions through the real drafting (fake OpenAI API)
 * and the real Gmail client (sandbox): a reply is sent only above the
 * rule's confidence threshold, to a sender we know (unless allowed), within
 * the daily cap; otherwise the draft waits and the log says why.
 */
import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, test } from "vitest";
import { runAutomations } from "@/inngest/run-automations";
import { prisma } from "@/lib/db/prisma";
import { seedInboundEmail, seedSandboxMailbox } from "@/lib/drafts/testing/seed-reply-scenario";
import { setUpDraftTests } from "@/lib/drafts/testing/set-up-draft-tests";
import { env } from "@/lib/env";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { setRuleEnabled } from "./manage-rule";
import { createRule } from "./save-rule";

const SHOP = "hello@bakery.test";
const t = setUpDraftTests(SHOP);

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
let mailbox: Awaited<ReturnType<typeof seedSandboxMailbox>>;
beforeEach(async () => {
  ws = await createTestWorkspace("OWNER");
  mailbox = await seedSandboxMailbox(t.sandbox, ws.workspace.id, SHOP);
  t.useOpenAi();
  Object.assign(env, { AUTOMATIONS_AUTO_SEND_DAILY_CAP: 20 });
});

async function autoSendRule(allowFirstTimeSenders = false) {
  const rule = await createRule(ws.actor, { name: "Answer order questions", stopProcessing: false, conditions: { match: "all", items: [{ type: "subject", op: "contains", value: "order" }] }, actions: [{ type: "auto_send", minConfidence: 0.85, allowFirstTimeSenders }] });
  await setRuleEnabled(ws.actor, rule.id, true);
  return rule;
}

/** An inbound email from `from`; with `known`, an earlier one from them too. */
async function email(from: string, known: boolean) {
  if (known) await seedInboundEmail(t.sandbox, mailbox, { from, subject: "Hello", text: "First contact." });
  await new Promise((r) => setTimeout(r, 5));
  return seedInboundEmail(t.sandbox, mailbox, { from, subject: "Where is my order?", text: "My order 1234 has not arrived yet." });
}

async function run(messageId: string) {
  const engine = new InngestTestEngine({ function: runAutomations });
  const { result, error } = await engine.execute({ events: [{ name: "mail/message.triaged", data: { workspaceId: ws.workspace.id, messageId, route: "attention", category: "support", isLead: false } }] });
  if (error) throw error;
  return (result as { actions: { status: string }[] }).actions.map((a) => a.status);
}

const drafted = (confidence: number) => t.openai.scriptChat({ kind: "json", value: { body: "Your order ships tomorrow.", usedSourceIds: [], confidence } });
const logOf = (messageId: string) => prisma.automationActionLog.findFirstOrThrow({ where: { messageId } });
const sentReplies = () => [...t.sandbox.account(SHOP).messages.values()].filter((m) => m.labelIds.includes("SENT"));

describe("auto-send", () => {
  test("known sender, confident draft: sent in the thread, once, logged with the rule", async () => {
    const rule = await autoSendRule();
    const message = await email("ann@customer.test", true);
    drafted(0.93);
    const before = sentReplies().length;
    expect(await run(message.id)).toEqual(["DONE"]);
    expect(await run(message.id)).toEqual(["DONE"]);
    expect(sentReplies().length - before).toBe(1);
    const draft = await prisma.draft.findFirstOrThrow({ where: { messageId: message.id } });
    expect(draft.status).toBe("SENT");
    expect(await logOf(message.id)).toMatchObject({ ruleId: rule.id, actionType: "auto_send", status: "DONE" });
    expect(await prisma.auditLog.findFirst({ where: { workspaceId: ws.workspace.id, action: "draft.sent" } })).toMatchObject({ after: expect.objectContaining({ automationRuleId: rule.id }) });
  });

  test("below the threshold: the draft waits for review", async () => {
    await autoSendRule();
    const message = await email("bob@customer.test", true);
    drafted(0.6);
    expect(await run(message.id)).toEqual(["SKIPPED"]);
    expect((await logOf(message.id)).error).toMatch(/confidence 0.60 is below the rule's threshold 0.85/);
    expect((await prisma.draft.findFirstOrThrow({ where: { messageId: message.id } })).status).not.toBe("SENT");
  });

  test("first-time sender: never, unless the rule allows it", async () => {
    await autoSendRule(false);
    const first = await email("new@customer.test", false);
    drafted(0.95);
    expect(await run(first.id)).toEqual(["SKIPPED"]);
    expect((await logOf(first.id)).error).toMatch(/First-time sender/);

    ws = await createTestWorkspace("OWNER");
    mailbox = await seedSandboxMailbox(t.sandbox, ws.workspace.id, SHOP);
    await autoSendRule(true);
    const allowed = await email("other-new@customer.test", false);
    drafted(0.95);
    expect(await run(allowed.id)).toEqual(["DONE"]);
  });

  test("daily cap: the reply past the cap waits", async () => {
    Object.assign(env, { AUTOMATIONS_AUTO_SEND_DAILY_CAP: 1 });
    await autoSendRule();
    const a = await email("cat@customer.test", true);
    drafted(0.95);
    expect(await run(a.id)).toEqual(["DONE"]);
    const b = await email("dan@customer.test", true);
    drafted(0.95);
    expect(await run(b.id)).toEqual(["SKIPPED"]);
    expect((await logOf(b.id)).error).toMatch(/Daily auto-send cap reached/);
  });
});

describe("draft reply action", () => {
  test("drafts once and files it as a Gmail draft in the thread", async () => {
    const rule = await createRule(ws.actor, { name: "Draft", stopProcessing: false, conditions: { match: "all", items: [{ type: "route", values: ["attention"] }] }, actions: [{ type: "draft_reply" }] });
    await setRuleEnabled(ws.actor, rule.id, true);
    const message = await email("eve@customer.test", false);
    drafted(0.7);
    expect(await run(message.id)).toEqual(["DONE"]);
    const draft = await prisma.draft.findFirstOrThrow({ where: { messageId: message.id } });
    expect(draft).toMatchObject({ status: "SAVED", providerDraftId: expect.any(String) });
    expect(await prisma.draft.count({ where: { messageId: message.id } })).toBe(1);
  });
});
