-- CreateEnum
CREATE TYPE "AutomationActionStatus" AS ENUM ('PENDING', 'DONE', 'FAILED', 'UNDONE', 'SKIPPED');

-- CreateTable
CREATE TABLE "AutomationRule" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "conditions" JSONB NOT NULL,
    "actions" JSONB NOT NULL,
    "stopProcessing" BOOLEAN NOT NULL DEFAULT false,
    "webhookSecretEnc" TEXT,
    "presetKey" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AutomationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AutomationActionLog" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "ruleName" TEXT NOT NULL,
    "actionIndex" INTEGER NOT NULL,
    "actionType" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "status" "AutomationActionStatus" NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "undoable" BOOLEAN NOT NULL DEFAULT false,
    "undoData" JSONB,
    "claimedBy" TEXT,
    "undoneAt" TIMESTAMP(3),
    "undoneById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AutomationActionLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AutoSendCounter" (
    "workspaceId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AutoSendCounter_pkey" PRIMARY KEY ("workspaceId","day")
);

-- CreateIndex
CREATE INDEX "AutomationRule_workspaceId_position_idx" ON "AutomationRule"("workspaceId", "position");

-- CreateIndex
CREATE INDEX "AutomationActionLog_workspaceId_createdAt_idx" ON "AutomationActionLog"("workspaceId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AutomationActionLog_workspaceId_messageId_idx" ON "AutomationActionLog"("workspaceId", "messageId");

-- CreateIndex
CREATE UNIQUE INDEX "AutomationActionLog_messageId_ruleId_actionIndex_key" ON "AutomationActionLog"("messageId", "ruleId", "actionIndex");

-- AddForeignKey
ALTER TABLE "AutomationRule" ADD CONSTRAINT "AutomationRule_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutomationActionLog" ADD CONSTRAINT "AutomationActionLog_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutoSendCounter" ADD CONSTRAINT "AutoSendCounter_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
