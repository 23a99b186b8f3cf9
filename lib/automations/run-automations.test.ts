/**
 * Rules acting on real stored mail through the real Gmail client pointed at
 * the Gmail sandbox: labels (created when missing), archive, mark read,
 * undo, forward, signed webhooks, spam safeguards, and the function's
 * once-only guarantee when the same triaged email is processed twice.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { runAutomations } from "@/inngest/run-automations";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { encryptSecret, decryptSecret } from "@/lib/security/encrypt-secret";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import type { RuleInput } from "./automation-schemas";
import { setRuleEnabled } from "./manage-rule";
import { createRule } from "./save-rule";
import { undoAction } from "./undo-action";
import { verifyWebhookSignature } from "./sign-webhook";
import { listActionLogs } from "./list-action-logs";

const ADDRESS = "owner@shop.test";
let db: TestDatabase;
let sandbox: GmailSandbox;
const saved = { ...env };
const hooks: { headers: http.IncomingHttpHeaders; body: string }[] = [];
let hookServer: http.Server;
let hookUrl: string;

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  sandbox = await startGmailSandbox({ accounts: [ADDRESS] });
  Object.assign(env, { GMAIL_API_ROOT_URL: sandbox.url, GOOGLE_OAUTH_TOKEN_URL: sandbox.tokenUrl, OUTBOUND_ALLOW_PRIVATE: true, GMAIL_OAUTH_CLIENT_ID: undefined, GOOGLE_CLIENT_ID: "client", GOOGLE_CLIENT_SECRET: "secret" });
  hookServer = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      hooks.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => hookServer.listen(0, "127.0.0.1", r));
  hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/fikiri`;
}, 120_000);
afterAll(async () => {
  Object.assign(env, saved);
  await new Promise<void>((r) => hookServer.close(() => r()));
  await sandbox?.stop();
  await db?.drop();
});

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
let mailboxId: string;
beforeEach(async () => {
  ws = await createTestWorkspace("OWNER");
  const grant = sandbox.issueGrant(ADDRESS);
  const mailbox = await prisma.mailbox.create({
    data: { workspaceId: ws.workspace.id, emailAddress: ADDRESS, refreshTokenEnc: encryptSecret(grant.refreshToken), accessTokenEnc: encryptSecret(grant.accessToken), accessTokenExpiresAt: grant.expiresAt, scopes: ["https://www.googleapis.com/auth/gmail.modify"] },
  });
  mailboxId = mailbox.id;
});

/** A message in the sandbox and its stored copy (as ingestion would store it). */
async function storeMessage(from: string, subject: string, labelIds = ["INBOX", "UNREAD"]) {
  const added = sandbox.addMessage(ADDRESS, `From: ${from}\r\nTo: ${ADDRESS}\r\nSubject: ${subject}\r\nMessage-ID: <${Math.random()}@x.test>\r\n\r\nHello, can you send me a quote?\r\n`, labelIds);
  const thread = await prisma.mailThread.create({ data: { workspaceId: ws.workspace.id, mailboxId, providerThreadId: added.threadId, subject, lastMessageAt: new Date() } });
  return prisma.mailMessage.create({
    data: { workspaceId: ws.workspace.id, mailboxId, threadId: thread.id, providerMessageId: added.id, fromAddress: /<(.+)>/.exec(from)?.[1] ?? from, subject, snippet: "Hello, can you send me a quote?", textBody: "Hello, can you send me a quote?", labelIds: added.labelIds, receivedAt: new Date(), to: [{ address: ADDRESS }] },
  });
}

async function enabledRule(input: Omit<RuleInput, "stopProcessing"> & { stopProcessing?: boolean }) {
  const rule = await createRule(ws.actor, { stopProcessing: false, ...input });
  await setRuleEnabled(ws.actor, rule.id, true);
  return rule;
}

async function runFor(messageId: string, route: "spam" | "automated" | "attention" = "attention", category = "lead") {
  const engine = new InngestTestEngine({ function: runAutomations });
  const { result, error } = await engine.execute({ events: [{ name: "mail/message.triaged", id: `triaged-${messageId}`, data: { workspaceId: ws.workspace.id, messageId, route, category, isLead: category === "lead" } }] });
  if (error) throw error;
  return result as { actions: { actionType: string; status: string; duplicate: boolean }[] };
}

const sandboxLabels = (id: string) => sandbox.account(ADDRESS).messages.get(id)!.labelIds;

describe("Gmail actions against the sandbox", () => {
  test("label (created in Gmail when missing), archive and mark read; each logged with its rule; undo restores Gmail", async () => {
    const message = await storeMessage("Jane <jane@client.test>", "Quote please");
    const rule = await enabledRule({
      name: "Client quotes",
      conditions: { match: "all", items: [{ type: "domain", value: "client.test" }] },
      actions: [{ type: "label", label: "Fikiri/Quotes" }, { type: "archive" }, { type: "mark_read" }],
    });
    const result = await runFor(message.id);
    expect(result.actions.map((a) => `${a.actionType}:${a.status}`)).toEqual(["label:DONE", "archive:DONE", "mark_read:DONE"]);

    const label = (await (await import("@/lib/gmail/gmail-client")).gmailForMailbox(await prisma.mailbox.findUniqueOrThrow({ where: { id: mailboxId } }))).users.labels;
    const created = (await label.list({ userId: "me" })).data.labels!.find((l) => l.name === "Fikiri/Quotes")!;
    expect(created.type).toBe("user");
    expect(sandboxLabels(message.providerMessageId).sort()).toEqual([created.id!].sort());
    expect((await prisma.mailMessage.findUniqueOrThrow({ where: { id: message.id } })).labelIds).toEqual([created.id]);

    const logs = await listActionLogs(ws.workspace.id, { messageId: message.id, limit: 50 });
    expect(logs.items.map((l) => [l.actionType, l.status, l.ruleId, l.ruleName, l.undoable])).toEqual(
      expect.arrayContaining([
        ["label", "DONE", rule.id, "Client quotes", true],
        ["archive", "DONE", rule.id, "Client quotes", true],
        ["mark_read", "DONE", rule.id, "Client quotes", true],
      ]),
    );

    const archive = logs.items.find((l) => l.actionType === "archive")!;
    await undoAction(ws.actor, archive.id);
    expect(sandboxLabels(message.providerMessageId)).toContain("INBOX");
    const undone = await prisma.automationActionLog.findUniqueOrThrow({ where: { id: archive.id } });
    expect(undone).toMatchObject({ status: "UNDONE", undoneById: ws.user.id });
    await undoAction(ws.actor, archive.id);
    await undoAction(ws.actor, logs.items.find((l) => l.actionType === "label")!.id);
    await undoAction(ws.actor, logs.items.find((l) => l.actionType === "mark_read")!.id);
    expect(sandboxLabels(message.providerMessageId).sort()).toEqual(["INBOX", "UNREAD"]);
    expect(await prisma.auditLog.count({ where: { workspaceId: ws.workspace.id, action: "automation.action_undone" } })).toBe(3);
  });

  test("the same triaged email processed twice acts once", async () => {
    const message = await storeMessage("bob@client.test", "Second quote");
    await enabledRule({ name: "Label", conditions: { match: "all", items: [{ type: "domain", value: "client.test" }] }, actions: [{ type: "label", label: "Once" }, { type: "webhook", url: hookUrl }] });
    const modifiesBefore = sandbox.calls["users.messages.modify"] ?? 0;
    const hooksBefore = hooks.length;
    const first = await runFor(message.id);
    const second = await runFor(message.id);
    expect(first.actions.map((a) => a.duplicate)).toEqual([false, false]);
    expect(second.actions.map((a) => [a.status, a.duplicate])).toEqual([["DONE", true], ["DONE", true]]);
    expect((sandbox.calls["users.messages.modify"] ?? 0) - modifiesBefore).toBe(1);
    expect(hooks.length - hooksBefore).toBe(1);
    expect(await prisma.automationActionLog.count({ where: { messageId: message.id } })).toBe(2);
  });

  test("webhook: signed POST with the rule's secret; forward: sent from the mailbox", async () => {
    const message = await storeMessage("carol@client.test", "Kitchen refit");
    const rule = await enabledRule({ name: "Notify", conditions: { match: "any", items: [{ type: "subject", op: "regex", value: "kitchen" }] }, actions: [{ type: "webhook", url: hookUrl }, { type: "forward", to: "boss@shop.test", note: "FYI" }] });
    const result = await runFor(message.id);
    expect(result.actions.map((a) => a.status)).toEqual(["DONE", "DONE"]);
    const hook = hooks.at(-1)!;
    const secret = decryptSecret((await prisma.automationRule.findUniqueOrThrow({ where: { id: rule.id } })).webhookSecretEnc!);
    expect(verifyWebhookSignature(secret, hook.body, hook.headers["fikiri-signature"] as string)).toBe(true);
    expect(JSON.parse(hook.body)).toMatchObject({ type: "automation.rule_matched", rule: { id: rule.id, name: "Notify" }, message: { id: message.id, subject: "Kitchen refit", triage: { route: "attention" } } });
    const sent = [...sandbox.account(ADDRESS).messages.values()].find((m) => m.labelIds.includes("SENT") && m.raw.toString().includes("Fwd: Kitchen refit"));
    expect(sent?.raw.toString()).toMatch(/To: boss@shop\.test/);
    expect(sent?.raw.toString()).toContain("---------- Forwarded message ---------");
  });

  test("spam: only label/archive run, everything else is logged as skipped", async () => {
    const message = await storeMessage("win@prize.test", "You won");
    await enabledRule({ name: "Everything", conditions: { match: "all", items: [{ type: "domain", value: "prize.test" }] }, actions: [{ type: "label", label: "Junk" }, { type: "forward", to: "boss@shop.test" }, { type: "webhook", url: hookUrl }, { type: "archive" }] });
    const hooksBefore = hooks.length;
    const result = await runFor(message.id, "spam", "phishing");
    expect(result.actions.map((a) => `${a.actionType}:${a.status}`)).toEqual(["label:DONE", "forward:SKIPPED", "webhook:SKIPPED", "archive:DONE"]);
    expect(hooks.length).toBe(hooksBefore);
    const skipped = await prisma.automationActionLog.findFirstOrThrow({ where: { messageId: message.id, actionType: "forward" } });
    expect(skipped.error).toMatch(/Spam\/phishing/);
  });

  test("an AI condition with the offline provider: the rule does not fire and says why on the email", async () => {
    const message = await storeMessage("dan@client.test", "Hello");
    await enabledRule({ name: "AI rule", conditions: { match: "all", items: [{ type: "ai", instruction: "asks for a quote" }] }, actions: [{ type: "label", label: "AI" }] });
    const result = await runFor(message.id);
    expect(result.actions.map((a) => `${a.actionType}:${a.status}`)).toEqual(["evaluate:SKIPPED"]);
    const log = await prisma.automationActionLog.findFirstOrThrow({ where: { messageId: message.id } });
    expect(log).toMatchObject({ actionIndex: -1, status: "SKIPPED" });
    expect(log.error).toMatch(/offline/);
  });

  test("stored triage decides: urgency from MailTriage, and its blockAutomation flag outranks the event", async () => {
    const urgent = await storeMessage("fay@client.test", "Burst pipe");
    const flagged = await storeMessage("gus@client.test", "Invoice attached");
    await prisma.mailTriage.create({ data: { workspaceId: ws.workspace.id, messageId: urgent.id, route: "attention", category: "support", confidence: 0.9, urgency: 5 } });
    await prisma.mailTriage.create({ data: { workspaceId: ws.workspace.id, messageId: flagged.id, route: "attention", category: "business", confidence: 0.6, urgency: 5, blockAutomation: true } });
    await enabledRule({ name: "Urgent", conditions: { match: "all", items: [{ type: "urgency", min: 5 }, { type: "category", values: ["support", "business"] }] }, actions: [{ type: "label", label: "Urgent" }, { type: "webhook", url: hookUrl }] });
    expect((await runFor(urgent.id, "attention", "other")).actions.map((a) => a.status)).toEqual(["DONE", "DONE"]);
    expect((await runFor(flagged.id, "attention", "other")).actions.map((a) => a.status)).toEqual(["DONE", "SKIPPED"]);
  });

  test("disabled rules and other workspaces' rules never run", async () => {
    const message = await storeMessage("erin@client.test", "Hi");
    const other = await createTestWorkspace("OWNER");
    const foreign = await createRule(other.actor, { name: "Foreign", stopProcessing: false, conditions: { match: "all", items: [{ type: "domain", value: "client.test" }] }, actions: [{ type: "archive" }] });
    await setRuleEnabled(other.actor, foreign.id, true);
    await createRule(ws.actor, { name: "Off", stopProcessing: false, conditions: { match: "all", items: [{ type: "domain", value: "client.test" }] }, actions: [{ type: "archive" }] });
    const result = await runFor(message.id);
    expect(result.actions).toEqual([]);
    expect(sandboxLabels(message.providerMessageId)).toContain("INBOX");
  });
});
