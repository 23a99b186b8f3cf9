/**
 * Replies land in the right Gmail thread under the sandbox's strict threading
 * (Google's "Manage threads" rules: threadId, a reference to a message of the
 * thread, matching subject), including replies to messages without a Message-ID.
 */
import { describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { parseMime } from "@/lib/mail/parse-mime";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { saveDraftToGmail } from "./save-draft-to-gmail";
import { sendDraft } from "./send-draft";
import { seedSandboxMailbox } from "./testing/seed-reply-scenario";
import { setUpDraftTests } from "./testing/set-up-draft-tests";

const SHOP = "orders@threads-shop.test";
const t = setUpDraftTests(SHOP);
let n = 0;

/** A message in the sandbox and stored as ingestion stores it; `storedMessageId` may differ from the raw header (a row we could not parse). */
async function seed(
  mailbox: { id: string; workspaceId: string; emailAddress: string },
  m: { subject: string; messageId?: string; storedMessageId?: string | null; threadOf?: { providerThreadId: string; id: string } },
) {
  const messageIdHeader = m.messageId ? `Message-ID: <${m.messageId}>\r\n` : "";
  const raw = `From: Kim <kim@client.test>\r\nTo: ${SHOP}\r\nSubject: ${m.subject}\r\n${messageIdHeader}\r\nHello ${++n}\r\n`;
  const added = t.sandbox.addMessage(SHOP, raw, ["INBOX"], { threadId: m.threadOf?.providerThreadId, internalDate: Date.now() - 60_000 + n });
  const thread =
    m.threadOf ??
    (await prisma.mailThread.create({
      data: { workspaceId: mailbox.workspaceId, mailboxId: mailbox.id, providerThreadId: added.threadId, subject: m.subject, lastMessageAt: new Date() },
    }));
  const row = await prisma.mailMessage.create({
    data: {
      workspaceId: mailbox.workspaceId,
      mailboxId: mailbox.id,
      threadId: thread.id,
      providerMessageId: added.id,
      rfcMessageId: m.storedMessageId === undefined ? (m.messageId ?? null) : m.storedMessageId,
      fromAddress: "kim@client.test",
      subject: m.subject,
      textBody: `Hello ${n}`,
      labelIds: ["INBOX"],
      receivedAt: new Date(Date.now() - 60_000 + n),
    },
  });
  return { row, thread: { id: thread.id, providerThreadId: added.threadId } };
}

async function draftFor(workspaceId: string, messageId: string) {
  return prisma.draft.create({ data: { workspaceId, messageId, body: "Hi Kim,\n\nYes, we can.\n\nBest", provider: "offline" } });
}

/** The Gmail thread and parsed headers of the sandbox copy of a saved draft. */
async function savedCopy(providerDraftId: string) {
  const messageId = t.sandbox.account(SHOP).drafts.get(providerDraftId)!;
  const stored = t.sandbox.account(SHOP).messages.get(messageId)!;
  return { threadId: stored.threadId, parsed: await parseMime(stored.raw) };
}

describe("reply threading against strict Gmail threading", () => {
  test("a reply to a message with a Message-ID is saved and sent in the message's thread", async () => {
    const ws = await createTestWorkspace();
    const mailbox = await seedSandboxMailbox(t.sandbox, ws.workspace.id, SHOP);
    const { row, thread } = await seed(mailbox, { subject: "Catering for 30", messageId: `cater-${Date.now()}@client.test` });
    const saved = await saveDraftToGmail(await draftFor(ws.workspace.id, row.id));
    const copy = await savedCopy(saved.providerDraftId!);
    expect(copy.threadId).toBe(thread.providerThreadId);
    expect(copy.parsed.inReplyTo).toBe(row.rfcMessageId);
    const sent = await sendDraft(saved.id, { workspaceId: ws.workspace.id, userId: ws.actor.userId });
    expect(t.sandbox.account(SHOP).messages.get(sent.providerMessageId!)!.threadId).toBe(thread.providerThreadId);
  });

  test("a reply to a message without a Message-ID names another message of its thread, and lands in the thread", async () => {
    const ws = await createTestWorkspace();
    const mailbox = await seedSandboxMailbox(t.sandbox, ws.workspace.id, SHOP);
    const first = await seed(mailbox, { subject: "Wedding flowers", messageId: `flowers-${Date.now()}@client.test` });
    // A follow-up from a client that sets neither Message-ID nor References (Gmail threaded it by subject).
    const second = await seed(mailbox, { subject: "Re: Wedding flowers", threadOf: first.thread });
    expect(second.row.rfcMessageId).toBeNull();
    const saved = await saveDraftToGmail(await draftFor(ws.workspace.id, second.row.id));
    const copy = await savedCopy(saved.providerDraftId!);
    expect(copy.parsed.inReplyTo).toBe(first.row.rfcMessageId);
    expect(copy.threadId).toBe(first.thread.providerThreadId);
  });

  test("a stored row without a Message-ID uses the one Gmail holds for the message (format=metadata)", async () => {
    const ws = await createTestWorkspace();
    const mailbox = await seedSandboxMailbox(t.sandbox, ws.workspace.id, SHOP);
    const gmailId = `unparsed-${Date.now()}@client.test`;
    const { row, thread } = await seed(mailbox, { subject: "Invoice 88", messageId: gmailId, storedMessageId: null });
    const saved = await saveDraftToGmail(await draftFor(ws.workspace.id, row.id));
    const copy = await savedCopy(saved.providerDraftId!);
    expect(copy.parsed.inReplyTo).toBe(gmailId);
    expect(copy.threadId).toBe(thread.providerThreadId);
  });

  test("a thread of one message with no Message-ID anywhere cannot be joined: the reply is saved as 'Re: <subject>' in a new Gmail thread", async () => {
    const ws = await createTestWorkspace();
    const mailbox = await seedSandboxMailbox(t.sandbox, ws.workspace.id, SHOP);
    const { row, thread } = await seed(mailbox, { subject: "Opening hours" });
    const saved = await saveDraftToGmail(await draftFor(ws.workspace.id, row.id));
    expect(saved.status).toBe("SAVED");
    const copy = await savedCopy(saved.providerDraftId!);
    expect(copy.parsed.subject).toBe("Re: Opening hours");
    expect(copy.parsed.inReplyTo).toBeNull();
    expect(copy.threadId).not.toBe(thread.providerThreadId);
  });
});
