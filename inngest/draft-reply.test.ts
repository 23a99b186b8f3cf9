/**
 * The draft-reply job on mail/message.triaged, against real Postgres and the
 * Gmail sandbox: attention mail needing a reply gets exactly one grounded
 * draft filed in its Gmail thread; spam, automated, blocked and no-reply mail
 * get none; a transient AI failure fails the step with a retriable error (the
 * test engine does not retry; Inngest does) and a permanent one leaves the
 * email for a person.
 */
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedInboundEmail, seedSandboxMailbox } from "@/lib/drafts/testing/seed-reply-scenario";
import { setUpDraftTests } from "@/lib/drafts/testing/set-up-draft-tests";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { draftReply } from "./draft-reply";

const SHOP = "desk@plumbing.test";
const t = setUpDraftTests(SHOP);

async function setup() {
  const ws = await createTestWorkspace();
  const mailbox = await seedSandboxMailbox(t.sandbox, ws.workspace.id, SHOP);
  const message = await seedInboundEmail(t.sandbox, mailbox, { from: "pat@home.test", fromName: "Pat", subject: "Leaking boiler", text: "Hi, our boiler is leaking. Can someone come tomorrow morning?" });
  return { ...ws, mailbox, message };
}

async function triaged(workspaceId: string, messageId: string, route = "attention", triage: { needsReply?: boolean | null; blockAutomation?: boolean } = {}) {
  await prisma.mailTriage.upsert({
    where: { messageId },
    create: { workspaceId, messageId, route, category: "support", confidence: 0.9, needsReply: triage.needsReply ?? null, blockAutomation: triage.blockAutomation ?? false },
    update: {},
  });
  const engine = new InngestTestEngine({ function: draftReply });
  return engine.execute({ events: [{ name: "mail/message.triaged", id: `triaged-${messageId}`, data: { workspaceId, messageId, route, category: "support", isLead: false } }] });
}

describe("draft-reply job", () => {
  test("attention mail that needs a reply: one draft, saved in its Gmail thread, counted once for billing", async () => {
    const { workspace, message } = await setup();
    const first = await triaged(workspace.id, message.id, "attention", { needsReply: true });
    expect(first.error).toBeUndefined();
    expect(first.result).toMatchObject({ status: "SAVED", providerDraftId: expect.any(String) });
    const second = await triaged(workspace.id, message.id);
    expect(second.result).toMatchObject({ status: "SAVED" });
    const drafts = await prisma.draft.findMany({ where: { messageId: message.id } });
    expect(drafts).toHaveLength(1);
    const account = t.sandbox.account(SHOP);
    const gmailDraft = account.messages.get(account.drafts.get(drafts[0]!.providerDraftId!)!)!;
    expect(gmailDraft.threadId).toBe((await prisma.mailThread.findUniqueOrThrow({ where: { id: message.threadId } })).providerThreadId);
    const counter = await prisma.usageCounter.findMany({ where: { workspaceId: workspace.id, metric: "drafts" } });
    expect(counter.map((c) => Number(c.value))).toEqual([1]);
  });

  test("spam, automated, blocked and no-reply-needed mail get no draft", async () => {
    const { workspace, message } = await setup();
    expect((await triaged(workspace.id, message.id, "spam")).result).toEqual({ skipped: "route is spam" });
    expect((await triaged(workspace.id, message.id, "automated")).result).toEqual({ skipped: "route is automated" });
    const blocked = await setup();
    expect((await triaged(blocked.workspace.id, blocked.message.id, "attention", { blockAutomation: true })).result).toMatchObject({ skipped: expect.stringContaining("blocked") });
    const noReply = await setup();
    expect((await triaged(noReply.workspace.id, noReply.message.id, "attention", { needsReply: false })).result).toEqual({ skipped: "no reply needed" });
    expect(await prisma.draft.count({ where: { workspaceId: { in: [workspace.id, blocked.workspace.id, noReply.workspace.id] } } })).toBe(0);
  });

  test("AI failures: a 5xx after the SDK's retries fails the step with a retriable error, a refusal leaves the email for review without a draft", async () => {
    const { workspace, message } = await setup();
    t.useOpenAi();
    t.openai.scriptChat({ kind: "error", status: 500 }, { kind: "error", status: 500 }, { kind: "error", status: 500 });
    const transient = await triaged(workspace.id, message.id, "attention", { needsReply: true });
    expect(transient.error ?? transient.result).toBeTruthy();
    expect(JSON.stringify(transient.error ?? transient.result)).toMatch(/Drafting failed/);
    expect((transient.error as { name?: string }).name).toBe("Error");

    t.openai.scriptChat({ kind: "refusal", refusal: "No." });
    const other = await setup();
    const refused = await triaged(other.workspace.id, other.message.id, "attention", { needsReply: true });
    expect(refused.result).toMatchObject({ status: "needs_review", retryable: false });
    expect(await prisma.draft.count({ where: { messageId: { in: [message.id, other.message.id] } } })).toBe(0);
  });
});
