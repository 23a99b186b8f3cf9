import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { buildMessageRow, type GmailMessageMeta } from "./build-message-row";
import { parseMime, type ParsedEmail } from "./parse-mime";

export type { GmailMessageMeta } from "./build-message-row";

export interface StoreTarget {
  id: string;
  workspaceId: string;
}

export interface StoredMessage {
  messageId: string;
  threadId: string;
  /** False when the message was already stored (a redelivery): nothing was written. */
  created: boolean;
  parseStatus: ParsedEmail["parseStatus"];
}

type Tx = Prisma.TransactionClient;

/**
 * Creates the thread if needed and locks its row for the rest of the
 * transaction, so concurrent stores into one thread take turns and the
 * counts computed below are never lost updates.
 */
async function lockThread(tx: Tx, mailbox: StoreTarget, providerThreadId: string, at: Date): Promise<string> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "MailThread" ("id", "workspaceId", "mailboxId", "providerThreadId", "lastMessageAt", "updatedAt")
    VALUES (${randomUUID()}, ${mailbox.workspaceId}, ${mailbox.id}, ${providerThreadId}, ${at}, now())
    ON CONFLICT ("mailboxId", "providerThreadId") DO UPDATE SET "updatedAt" = now()
    RETURNING "id"`;
  return rows[0]!.id;
}

/** Thread summary recomputed from its messages: right whatever order messages arrive in. */
async function refreshThread(tx: Tx, threadId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "MailThread" t SET
      "messageCount" = s.n,
      "lastMessageAt" = s.last,
      "snippet" = (SELECT m."snippet" FROM "MailMessage" m WHERE m."threadId" = t."id" ORDER BY m."receivedAt" DESC, m."id" DESC LIMIT 1),
      "subject" = COALESCE((SELECT m."subject" FROM "MailMessage" m WHERE m."threadId" = t."id" AND m."subject" IS NOT NULL ORDER BY m."receivedAt" ASC, m."id" ASC LIMIT 1), t."subject")
    FROM (SELECT count(*)::int AS n, max("receivedAt") AS last FROM "MailMessage" WHERE "threadId" = ${threadId}) s
    WHERE t."id" = ${threadId}`;
}

async function findStored(mailboxId: string, providerMessageId: string) {
  return prisma.mailMessage.findUnique({
    where: { mailboxId_providerMessageId: { mailboxId, providerMessageId } },
    select: { id: true, threadId: true, parseStatus: true },
  });
}

/**
 * Parses and stores one Gmail message with its thread, attachment metadata
 * and (when parsing failed or was truncated) its original bytes, all in one
 * transaction. Idempotent under concurrency: (mailboxId, providerMessageId)
 * is unique and the insert is ON CONFLICT DO NOTHING, so of any number of
 * simultaneous stores exactly one reports `created`.
 */
export async function storeMessage(mailbox: StoreTarget, meta: GmailMessageMeta, raw: Buffer): Promise<StoredMessage> {
  const known = await findStored(mailbox.id, meta.id);
  if (known) return { messageId: known.id, threadId: known.threadId, created: false, parseStatus: known.parseStatus };

  const parsed = await parseMime(raw);
  const row = buildMessageRow(meta, parsed);
  return prisma.$transaction(async (tx) => {
    const threadId = await lockThread(tx, mailbox, meta.threadId, row.receivedAt);
    const id = randomUUID();
    const { count } = await tx.mailMessage.createMany({ data: [{ ...row, id, workspaceId: mailbox.workspaceId, mailboxId: mailbox.id, threadId }], skipDuplicates: true });
    if (count === 0) {
      const existing = await tx.mailMessage.findUniqueOrThrow({ where: { mailboxId_providerMessageId: { mailboxId: mailbox.id, providerMessageId: meta.id } }, select: { id: true, threadId: true, parseStatus: true } });
      return { messageId: existing.id, threadId: existing.threadId, created: false, parseStatus: existing.parseStatus };
    }
    if (parsed.attachments.length) {
      await tx.mailAttachment.createMany({ data: parsed.attachments.map((a) => ({ ...a, workspaceId: mailbox.workspaceId, messageId: id })) });
    }
    // The original is kept whenever what we stored is not the whole message.
    if (parsed.parseStatus !== "PARSED") {
      await tx.mailMessageRaw.create({ data: { messageId: id, workspaceId: mailbox.workspaceId, raw: new Uint8Array(raw), size: raw.length } });
    }
    await refreshThread(tx, threadId);
    return { messageId: id, threadId, created: true, parseStatus: parsed.parseStatus };
      // Stores into one thread queue on its row lock; waiting for a connection or the lock is normal under bursts.
  }, { maxWait: 20_000, timeout: 30_000 });
}
