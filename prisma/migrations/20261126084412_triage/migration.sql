-- CreateTable
CREATE TABLE "MailTriage" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "decidedBy" TEXT,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "blockAutomation" BOOLEAN NOT NULL DEFAULT false,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "intent" TEXT,
    "urgency" INTEGER,
    "sentiment" TEXT,
    "summary" TEXT,
    "needsReply" BOOLEAN,
    "lead" JSONB,
    "classifier" JSONB,
    "senderRuleId" TEXT,
    "aiProvider" TEXT,
    "llmModel" TEXT,
    "llmInputTokens" INTEGER NOT NULL DEFAULT 0,
    "llmOutputTokens" INTEGER NOT NULL DEFAULT 0,
    "llmUsd" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "correctedAt" TIMESTAMP(3),
    "correctedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailTriage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SenderRule" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'correction',
    "createdById" TEXT,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "lastHitAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SenderRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MailTriage_messageId_key" ON "MailTriage"("messageId");

-- CreateIndex
CREATE INDEX "MailTriage_workspaceId_route_createdAt_idx" ON "MailTriage"("workspaceId", "route", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "MailTriage_workspaceId_needsReview_idx" ON "MailTriage"("workspaceId", "needsReview");

-- CreateIndex
CREATE UNIQUE INDEX "SenderRule_workspaceId_pattern_key" ON "SenderRule"("workspaceId", "pattern");

-- AddForeignKey
ALTER TABLE "MailTriage" ADD CONSTRAINT "MailTriage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SenderRule" ADD CONSTRAINT "SenderRule_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
