-- CreateEnum
CREATE TYPE "MailboxProvider" AS ENUM ('GMAIL');

-- CreateEnum
CREATE TYPE "MailboxStatus" AS ENUM ('ACTIVE', 'DISCONNECTED', 'ERROR');

-- CreateEnum
CREATE TYPE "BackfillStatus" AS ENUM ('NONE', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "MailDirection" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "MailParseStatus" AS ENUM ('PARSED', 'TRUNCATED', 'FAILED');

-- CreateTable
CREATE TABLE "Mailbox" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "provider" "MailboxProvider" NOT NULL DEFAULT 'GMAIL',
    "emailAddress" TEXT NOT NULL,
    "connectedById" TEXT,
    "status" "MailboxStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "refreshTokenEnc" TEXT,
    "accessTokenEnc" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "scopes" TEXT[],
    "historyId" BIGINT,
    "watchExpiresAt" TIMESTAMP(3),
    "watchRenewedAt" TIMESTAMP(3),
    "lastPushAt" TIMESTAMP(3),
    "lastSyncAt" TIMESTAMP(3),
    "lastFullResyncAt" TIMESTAMP(3),
    "backfillDays" INTEGER NOT NULL DEFAULT 14,
    "backfillStatus" "BackfillStatus" NOT NULL DEFAULT 'NONE',
    "backfillTotal" INTEGER NOT NULL DEFAULT 0,
    "backfillDone" INTEGER NOT NULL DEFAULT 0,
    "backfillStartedAt" TIMESTAMP(3),
    "backfillFinishedAt" TIMESTAMP(3),
    "disconnectedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mailbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailThread" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "mailboxId" TEXT NOT NULL,
    "providerThreadId" TEXT NOT NULL,
    "subject" TEXT,
    "snippet" TEXT,
    "messageCount" INTEGER NOT NULL DEFAULT 0,
    "lastMessageAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailMessage" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "mailboxId" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "providerMessageId" TEXT NOT NULL,
    "rfcMessageId" TEXT,
    "inReplyTo" TEXT,
    "references" TEXT[],
    "direction" "MailDirection" NOT NULL DEFAULT 'INBOUND',
    "fromAddress" TEXT,
    "fromName" TEXT,
    "to" JSONB NOT NULL DEFAULT '[]',
    "cc" JSONB NOT NULL DEFAULT '[]',
    "bcc" JSONB NOT NULL DEFAULT '[]',
    "replyTo" JSONB NOT NULL DEFAULT '[]',
    "subject" TEXT,
    "snippet" TEXT,
    "textBody" TEXT,
    "htmlBody" TEXT,
    "headers" JSONB NOT NULL DEFAULT '[]',
    "labelIds" TEXT[],
    "sentAt" TIMESTAMP(3),
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "sizeEstimate" INTEGER NOT NULL DEFAULT 0,
    "parseStatus" "MailParseStatus" NOT NULL DEFAULT 'PARSED',
    "parseError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailMessageRaw" (
    "messageId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "raw" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailMessageRaw_pkey" PRIMARY KEY ("messageId")
);

-- CreateTable
CREATE TABLE "MailAttachment" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "filename" TEXT,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "contentId" TEXT,
    "inline" BOOLEAN NOT NULL DEFAULT false,
    "providerAttachmentId" TEXT,

    CONSTRAINT "MailAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailPushReceipt" (
    "pubsubMessageId" TEXT NOT NULL,
    "emailAddress" TEXT NOT NULL,
    "historyId" BIGINT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailPushReceipt_pkey" PRIMARY KEY ("pubsubMessageId")
);

-- CreateIndex
CREATE INDEX "Mailbox_emailAddress_idx" ON "Mailbox"("emailAddress");

-- CreateIndex
CREATE INDEX "Mailbox_status_watchExpiresAt_idx" ON "Mailbox"("status", "watchExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Mailbox_workspaceId_emailAddress_key" ON "Mailbox"("workspaceId", "emailAddress");

-- CreateIndex
CREATE INDEX "MailThread_workspaceId_lastMessageAt_idx" ON "MailThread"("workspaceId", "lastMessageAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "MailThread_mailboxId_providerThreadId_key" ON "MailThread"("mailboxId", "providerThreadId");

-- CreateIndex
CREATE INDEX "MailMessage_workspaceId_receivedAt_idx" ON "MailMessage"("workspaceId", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "MailMessage_threadId_receivedAt_idx" ON "MailMessage"("threadId", "receivedAt");

-- CreateIndex
CREATE INDEX "MailMessage_workspaceId_rfcMessageId_idx" ON "MailMessage"("workspaceId", "rfcMessageId");

-- CreateIndex
CREATE INDEX "MailMessage_workspaceId_fromAddress_idx" ON "MailMessage"("workspaceId", "fromAddress");

-- CreateIndex
CREATE UNIQUE INDEX "MailMessage_mailboxId_providerMessageId_key" ON "MailMessage"("mailboxId", "providerMessageId");

-- CreateIndex
CREATE INDEX "MailMessageRaw_workspaceId_idx" ON "MailMessageRaw"("workspaceId");

-- CreateIndex
CREATE INDEX "MailAttachment_messageId_idx" ON "MailAttachment"("messageId");

-- CreateIndex
CREATE INDEX "MailAttachment_workspaceId_idx" ON "MailAttachment"("workspaceId");

-- CreateIndex
CREATE INDEX "MailPushReceipt_receivedAt_idx" ON "MailPushReceipt"("receivedAt");

-- AddForeignKey
ALTER TABLE "Mailbox" ADD CONSTRAINT "Mailbox_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailThread" ADD CONSTRAINT "MailThread_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailThread" ADD CONSTRAINT "MailThread_mailboxId_fkey" FOREIGN KEY ("mailboxId") REFERENCES "Mailbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailMessage" ADD CONSTRAINT "MailMessage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailMessage" ADD CONSTRAINT "MailMessage_mailboxId_fkey" FOREIGN KEY ("mailboxId") REFERENCES "Mailbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailMessage" ADD CONSTRAINT "MailMessage_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "MailThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailMessageRaw" ADD CONSTRAINT "MailMessageRaw_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "MailMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailAttachment" ADD CONSTRAINT "MailAttachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "MailMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
