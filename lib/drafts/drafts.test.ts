import { describe, expect, test } from "vitest";
import { updateAiStyle } from "@/lib/ai/update-ai-settings";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { createFaqEntry, createTextDocument } from "@/lib/knowledge/create-knowledge-document";
import { finishDocumentIndex, indexChunkBatch, prepareDocumentIndex } from "@/lib/knowledge/index-document-steps";
import { parseMime } from "@/lib/mail/parse-mime";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import type { DraftSource } from "./draft-schemas";
import { generateDraft } from "./generate-draft";
import { saveDraftToGmail } from "./save-draft-to-gmail";
import { sendDraft } from "./send-draft";
import { seedInboundEmail, seedSandboxMailbox } from "./testing/seed-reply-scenario";
import { setUpDraftTests } from "./testing/set-up-draft-tests";
import { approveDraft, discardDraft, editDraft } from "./update-draft";

const SHOP = "hello@bakery.test";
const t = setUpDraftTests(SHOP);

async function indexAll(workspaceId: string) {
  for (const doc of await prisma.knowledgeDocument.findMany({ where: { workspaceId } })) {
    const plan = (await prepareDocumentIndex(workspaceId, doc.id))!;
    for (let b = 0; b < plan.batches; b++) await indexChunkBatch(workspaceId, doc.id, b, plan.embeddingModel);
    await finishDocumentIndex(workspaceId, doc.id);
  }
}

async function scenario() {
  const ws = await createTestWorkspace("OWNER", "Crumb & Co Bakery");
  await createTextDocument(ws.actor, { title: "Handbook", format: "markdown", content: "# Delivery\n\nWe deliver cakes to venues within 20 miles for £25.\n\n# Opening hours\n\nMonday to Saturday, 7am to 4pm." });
  await createFaqEntry(ws.actor, { question: "How much is a wedding cake?", answer: "A three-tier wedding cake costs £320 and serves 90 guests." });
  await indexAll(ws.workspace.id);
  await updateAiStyle(ws.actor, { tone: "warm", signature: "Best,\nAlex at Crumb & Co" });
  const mailbox = await seedSandboxMailbox(t.sandbox, ws.workspace.id, SHOP);
  const message = await seedInboundEmail(t.sandbox, mailbox, {
    from: "sam@client.test",
    fromName: "Sam Lee",
    subject: "Wedding cake",
    text: "Hello! How much is a three-tier wedding cake, and can you deliver it to our venue?",
    references: ["earlier-1@client.test"],
  });
  return { ...ws, mailbox, message };
}

/** The sandbox copy of a draft or sent message, parsed as any mail client would. */
async function sandboxCopy(messageId: string) {
  const stored = t.sandbox.account(SHOP).messages.get(messageId)!;
  return { stored, parsed: await parseMime(stored.raw) };
}

describe("reply drafts (Offline AI, Gmail sandbox)", () => {
  test("grounded in the knowledge base, in the workspace's signature, sources listed; saved in the right Gmail thread; idempotent", async () => {
    const { workspace, message } = await scenario();
    const first = await generateDraft(workspace.id, message.id);
    expect(first.status).toBe("created");
    if (first.status === "failed") return;
    const draft = first.draft;
    expect(draft).toMatchObject({ status: "PROPOSED", version: 1, provider: "offline", model: null });
    expect(draft.body).toMatch(/^Hi Sam,/);
    expect(draft.body).toContain("A three-tier wedding cake costs £320");
    expect(draft.body).toContain("We deliver cakes to venues within 20 miles");
    expect(draft.body.endsWith("Best,\nAlex at Crumb & Co")).toBe(true);
    const sources = draft.sources as DraftSource[];
    expect(sources.map((s) => s.title).sort()).toEqual(["Handbook — Delivery", "How much is a wedding cake?"]);
    expect(draft.confidence).toBeGreaterThan(0.4);

    expect(await generateDraft(workspace.id, message.id)).toMatchObject({ status: "exists", draft: { id: draft.id } });
    expect(await prisma.draft.count({ where: { messageId: message.id } })).toBe(1);

    const saved = await saveDraftToGmail(draft);
    expect(saved.status).toBe("SAVED");
    const gmailMessageId = t.sandbox.account(SHOP).drafts.get(saved.providerDraftId!)!;
    const { stored, parsed } = await sandboxCopy(gmailMessageId);
    expect(stored.threadId).toBe((await prisma.mailThread.findUniqueOrThrow({ where: { id: message.threadId } })).providerThreadId);
    expect(stored.labelIds).toContain("DRAFT");
    expect(parsed.subject).toBe("Re: Wedding cake");
    expect(parsed.inReplyTo).toBe(message.rfcMessageId);
    expect(parsed.references).toEqual(["earlier-1@client.test", message.rfcMessageId]);
    expect(parsed.to.map((a) => a.address)).toEqual(["sam@client.test"]);
    expect(parsed.text).toContain("£320");
  });

  test("edit, approve and send: the reply goes out once in the thread; sent and discarded drafts are final; other tenants get 404", async () => {
    const { workspace, actor, message } = await scenario();
    const created = await generateDraft(workspace.id, message.id);
    if (created.status === "failed") throw new Error("no draft");
    const edited = await editDraft(actor, created.draft.id, "Hi Sam,\n\nYes: £320, delivered for £25.\n\nBest,\nAlex");
    expect(edited).toMatchObject({ status: "PROPOSED", body: expect.stringContaining("delivered for £25") });
    const approved = await approveDraft(actor, created.draft.id);
    expect(approved.status).toBe("SAVED");

    const sent = await sendDraft(created.draft.id, actor);
    expect(sent).toMatchObject({ status: "SENT", sentById: actor.userId });
    const { stored, parsed } = await sandboxCopy(sent.providerMessageId!);
    expect(stored.labelIds).toContain("SENT");
    expect(stored.threadId).toBe((await prisma.mailThread.findUniqueOrThrow({ where: { id: message.threadId } })).providerThreadId);
    expect(parsed.inReplyTo).toBe(message.rfcMessageId);
    expect(parsed.text).toContain("delivered for £25");
    await expect(sendDraft(created.draft.id, actor)).rejects.toMatchObject({ code: "conflict" });
    await expect(editDraft(actor, created.draft.id, "changed")).rejects.toMatchObject({ code: "conflict" });
    expect(await prisma.auditLog.count({ where: { workspaceId: workspace.id, action: "draft.sent" } })).toBe(1);

    const again = await generateDraft(workspace.id, message.id, { regenerate: true });
    if (again.status === "failed") throw new Error("no draft");
    expect(again.draft.version).toBe(2);
    await discardDraft(actor, again.draft.id);
    await expect(sendDraft(again.draft.id, actor)).rejects.toMatchObject({ code: "conflict" });

    const other = await createTestWorkspace();
    await expect(sendDraft(again.draft.id, other.actor)).rejects.toMatchObject({ code: "not_found" });
    await expect(generateDraft(other.workspace.id, message.id)).rejects.toMatchObject({ code: "not_found" });
  });

  test("editing a saved draft updates the same Gmail draft; sending removes it from Gmail; a draft deleted in Gmail still sends", async () => {
    const { workspace, actor, message } = await scenario();
    const account = t.sandbox.account(SHOP);
    const created = await generateDraft(workspace.id, message.id);
    if (created.status === "failed") throw new Error("no draft");
    const saved = await approveDraft(actor, created.draft.id);
    const draftsBefore = account.drafts.size;
    const edited = await editDraft(actor, created.draft.id, "Hi Sam,\n\nEdited: £300 for you.\n\nBest,\nAlex");
    expect(edited).toMatchObject({ status: "SAVED", providerDraftId: saved.providerDraftId });
    expect(account.drafts.size).toBe(draftsBefore);
    const inGmail = await sandboxCopy(account.drafts.get(saved.providerDraftId!)!);
    expect(inGmail.parsed.text).toContain("Edited: £300");
    expect(inGmail.stored.labelIds).toContain("DRAFT");

    const sendsBefore = t.sandbox.calls["users.messages.send"] ?? 0;
    const sent = await sendDraft(created.draft.id, actor);
    expect(account.drafts.has(saved.providerDraftId!)).toBe(false);
    expect((t.sandbox.calls["users.messages.send"] ?? 0) - sendsBefore).toBe(0);
    const out = await sandboxCopy(sent.providerMessageId!);
    expect(out.stored.labelIds).toEqual(["SENT"]);
    expect(out.parsed.text).toContain("Edited: £300");
    expect([...account.messages.values()].filter((m) => m.labelIds.includes("DRAFT") && m.threadId === out.stored.threadId)).toEqual([]);

    // The user deleted the Gmail draft by hand: the reply still goes out, as a new message.
    const again = await generateDraft(workspace.id, message.id, { regenerate: true });
    if (again.status === "failed") throw new Error("no draft");
    const filed = await approveDraft(actor, again.draft.id);
    account.messages.delete(account.drafts.get(filed.providerDraftId!)!);
    account.drafts.delete(filed.providerDraftId!);
    const resent = await sendDraft(again.draft.id, actor);
    expect(resent.status).toBe("SENT");
    expect((t.sandbox.calls["users.messages.send"] ?? 0) - sendsBefore).toBe(1);
    expect((await sandboxCopy(resent.providerMessageId!)).stored.labelIds).toEqual(["SENT"]);
  });

  test("concurrent sends of one draft send exactly one email", async () => {
    const { workspace, actor, message } = await scenario();
    const created = await generateDraft(workspace.id, message.id);
    if (created.status === "failed") throw new Error("no draft");
    const before = t.sandbox.calls["users.messages.send"] ?? 0;
    const results = await Promise.allSettled([sendDraft(created.draft.id, actor), sendDraft(created.draft.id, actor), sendDraft(created.draft.id, actor)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((t.sandbox.calls["users.messages.send"] ?? 0) - before).toBe(1);
  });
});

describe("reply drafts with OpenAI (fake API, real SDK)", () => {
  test("the model gets passages, thread and CRM context as delimited data; its cited sources are kept; failures create no draft", async () => {
    const { workspace, message } = await scenario();
    t.useOpenAi();
    // Re-index with the OpenAI embedding model so retrieval matches the provider.
    await indexAll(workspace.id);
    t.openai.respondWith((body) => {
      const user = JSON.stringify(body.messages);
      const ids = [...user.matchAll(/source id=\\"(kc_[^\\]+)\\"/g)].map((m) => m[1]!);
      return { body: "Hi Sam,\n\nOur three-tier cake is £320 and we deliver for £25.", usedSourceIds: ids.slice(0, 2), confidence: 0.86 };
    });
    const result = await generateDraft(workspace.id, message.id, { crmContext: "Contact: Sam Lee at Lee Events\nDeal: Summer wedding (stage proposal)" });
    expect(result.status).toBe("created");
    if (result.status === "failed") return;
    expect(result.draft).toMatchObject({ provider: "openai", confidence: 0.86, model: expect.stringContaining(env.OPENAI_DRAFT_MODEL) });
    expect(result.draft.body).toBe("Hi Sam,\n\nOur three-tier cake is £320 and we deliver for £25.\n\nBest,\nAlex at Crumb & Co");
    expect((result.draft.sources as DraftSource[]).length).toBe(2);
    const chat = t.openai.requests.filter((r) => r.path === "/v1/chat/completions").at(-1)!;
    const [system, user] = chat.body.messages as { content: string }[];
    expect(system!.content).toContain("Tone: warm");
    expect(system!.content).toContain("Crumb & Co Bakery");
    expect(user!.content).toMatch(/<UNTRUSTED-[0-9a-f]{12} kind="crm record">\nContact: Sam Lee at Lee Events/);
    expect(user!.content).toMatch(/kind="email">[\s\S]*can you deliver it to our venue\?/);
    expect(await prisma.aiUsage.count({ where: { workspaceId: workspace.id, task: "draft", messageId: message.id, outcome: "ok" } })).toBe(1);

    t.openai.scriptChat({ kind: "refusal", refusal: "I cannot help with that." });
    expect(await generateDraft(workspace.id, message.id, { regenerate: true })).toMatchObject({ status: "failed", failure: { kind: "refusal" } });
    expect(await prisma.draft.count({ where: { messageId: message.id } })).toBe(1);
  });
});
