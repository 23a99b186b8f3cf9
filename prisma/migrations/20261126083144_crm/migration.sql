-- CreateEnum
CREATE TYPE "CrmActorType" AS ENUM ('USER', 'SYSTEM', 'AI', 'API');

-- CreateEnum
CREATE TYPE "CrmContactCreation" AS ENUM ('ALL', 'LEADS', 'NONE');

-- CreateEnum
CREATE TYPE "PipelineStageKind" AS ENUM ('OPEN', 'WON', 'LOST');

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "size" TEXT,
    "ownerId" TEXT,
    "customFields" JSONB NOT NULL DEFAULT '{}',
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyDomain" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,

    CONSTRAINT "CompanyDomain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phones" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "title" TEXT,
    "companyId" TEXT,
    "ownerId" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "source" TEXT,
    "leadScore" INTEGER,
    "customFields" JSONB NOT NULL DEFAULT '{}',
    "searchText" TEXT NOT NULL DEFAULT '',
    "lastActivityAt" TIMESTAMP(3),
    "lastInboundAt" TIMESTAMP(3),
    "lastOutboundAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactEmail" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pipeline" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pipeline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PipelineStage" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "pipelineId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "PipelineStageKind" NOT NULL DEFAULT 'OPEN',
    "probability" INTEGER,

    CONSTRAINT "PipelineStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "companyId" TEXT,
    "pipelineId" TEXT NOT NULL,
    "stageId" TEXT NOT NULL,
    "amount" DECIMAL(14,2),
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "probability" INTEGER,
    "expectedCloseDate" TIMESTAMP(3),
    "ownerId" TEXT,
    "lostReason" TEXT,
    "leadScore" INTEGER,
    "leadFields" JSONB,
    "sourceMessageId" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "stageChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealContact" (
    "workspaceId" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,

    CONSTRAINT "DealContact_pkey" PRIMARY KEY ("dealId","contactId")
);

-- CreateTable
CREATE TABLE "DealStageHistory" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "fromStageId" TEXT,
    "toStageId" TEXT NOT NULL,
    "actorType" "CrmActorType" NOT NULL DEFAULT 'USER',
    "actorUserId" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DealStageHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "contactId" TEXT,
    "companyId" TEXT,
    "dealId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "notes" TEXT,
    "dueAt" TIMESTAMP(3),
    "remindAt" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),
    "assigneeId" TEXT,
    "createdById" TEXT,
    "contactId" TEXT,
    "companyId" TEXT,
    "dealId" TEXT,
    "completedAt" TIMESTAMP(3),
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "actorType" "CrmActorType" NOT NULL DEFAULT 'SYSTEM',
    "actorUserId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "messageId" TEXT,
    "threadId" TEXT,
    "data" JSONB,
    "dedupeKey" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityLink" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrmMerge" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "winnerId" TEXT NOT NULL,
    "loserId" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "mergedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CrmMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrmMailboxPolicy" (
    "mailboxId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "contactCreation" "CrmContactCreation" NOT NULL DEFAULT 'LEADS',
    "followUpDays" INTEGER DEFAULT 3,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CrmMailboxPolicy_pkey" PRIMARY KEY ("mailboxId")
);

-- CreateTable
CREATE TABLE "OutgoingWebhookEndpoint" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secretEnc" TEXT NOT NULL,
    "events" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutgoingWebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutgoingWebhookEvent" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutgoingWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutgoingWebhookDelivery" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutgoingWebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Company_workspaceId_updatedAt_id_idx" ON "Company"("workspaceId", "updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Company_workspaceId_name_id_idx" ON "Company"("workspaceId", "name", "id");

-- CreateIndex
CREATE INDEX "Company_workspaceId_createdAt_id_idx" ON "Company"("workspaceId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "CompanyDomain_companyId_idx" ON "CompanyDomain"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyDomain_workspaceId_domain_key" ON "CompanyDomain"("workspaceId", "domain");

-- CreateIndex
CREATE INDEX "Contact_workspaceId_updatedAt_id_idx" ON "Contact"("workspaceId", "updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Contact_workspaceId_name_id_idx" ON "Contact"("workspaceId", "name", "id");

-- CreateIndex
CREATE INDEX "Contact_workspaceId_createdAt_id_idx" ON "Contact"("workspaceId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Contact_workspaceId_leadScore_id_idx" ON "Contact"("workspaceId", "leadScore", "id");

-- CreateIndex
CREATE INDEX "Contact_workspaceId_companyId_idx" ON "Contact"("workspaceId", "companyId");

-- CreateIndex
CREATE INDEX "Contact_workspaceId_ownerId_idx" ON "Contact"("workspaceId", "ownerId");

-- CreateIndex
CREATE INDEX "Contact_tags_idx" ON "Contact" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "ContactEmail_contactId_idx" ON "ContactEmail"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactEmail_workspaceId_email_key" ON "ContactEmail"("workspaceId", "email");

-- CreateIndex
CREATE INDEX "Pipeline_workspaceId_idx" ON "Pipeline"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Pipeline_workspaceId_key_key" ON "Pipeline"("workspaceId", "key");

-- CreateIndex
CREATE INDEX "PipelineStage_workspaceId_idx" ON "PipelineStage"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "PipelineStage_pipelineId_position_key" ON "PipelineStage"("pipelineId", "position");

-- CreateIndex
CREATE INDEX "Deal_workspaceId_stageId_stageChangedAt_id_idx" ON "Deal"("workspaceId", "stageId", "stageChangedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Deal_workspaceId_updatedAt_id_idx" ON "Deal"("workspaceId", "updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Deal_workspaceId_title_id_idx" ON "Deal"("workspaceId", "title", "id");

-- CreateIndex
CREATE INDEX "Deal_workspaceId_createdAt_id_idx" ON "Deal"("workspaceId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Deal_workspaceId_companyId_idx" ON "Deal"("workspaceId", "companyId");

-- CreateIndex
CREATE UNIQUE INDEX "Deal_workspaceId_sourceMessageId_key" ON "Deal"("workspaceId", "sourceMessageId");

-- CreateIndex
CREATE INDEX "DealContact_contactId_idx" ON "DealContact"("contactId");

-- CreateIndex
CREATE INDEX "DealStageHistory_dealId_changedAt_idx" ON "DealStageHistory"("dealId", "changedAt");

-- CreateIndex
CREATE INDEX "DealStageHistory_workspaceId_toStageId_changedAt_idx" ON "DealStageHistory"("workspaceId", "toStageId", "changedAt");

-- CreateIndex
CREATE INDEX "Note_workspaceId_contactId_idx" ON "Note"("workspaceId", "contactId");

-- CreateIndex
CREATE INDEX "Note_workspaceId_companyId_idx" ON "Note"("workspaceId", "companyId");

-- CreateIndex
CREATE INDEX "Note_workspaceId_dealId_idx" ON "Note"("workspaceId", "dealId");

-- CreateIndex
CREATE INDEX "Task_workspaceId_completedAt_dueAt_idx" ON "Task"("workspaceId", "completedAt", "dueAt");

-- CreateIndex
CREATE INDEX "Task_remindAt_reminderSentAt_idx" ON "Task"("remindAt", "reminderSentAt");

-- CreateIndex
CREATE INDEX "Task_workspaceId_contactId_idx" ON "Task"("workspaceId", "contactId");

-- CreateIndex
CREATE INDEX "Task_workspaceId_companyId_idx" ON "Task"("workspaceId", "companyId");

-- CreateIndex
CREATE INDEX "Task_workspaceId_dealId_idx" ON "Task"("workspaceId", "dealId");

-- CreateIndex
CREATE UNIQUE INDEX "Task_workspaceId_dedupeKey_key" ON "Task"("workspaceId", "dedupeKey");

-- CreateIndex
CREATE INDEX "Activity_workspaceId_messageId_idx" ON "Activity"("workspaceId", "messageId");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_workspaceId_dedupeKey_key" ON "Activity"("workspaceId", "dedupeKey");

-- CreateIndex
CREATE INDEX "ActivityLink_workspaceId_recordType_recordId_occurredAt_idx" ON "ActivityLink"("workspaceId", "recordType", "recordId", "occurredAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ActivityLink_activityId_recordType_recordId_key" ON "ActivityLink"("activityId", "recordType", "recordId");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_workspaceId_entity_name_key" ON "SavedView"("workspaceId", "entity", "name");

-- CreateIndex
CREATE INDEX "CrmMerge_workspaceId_entity_winnerId_idx" ON "CrmMerge"("workspaceId", "entity", "winnerId");

-- CreateIndex
CREATE INDEX "CrmMailboxPolicy_workspaceId_idx" ON "CrmMailboxPolicy"("workspaceId");

-- CreateIndex
CREATE INDEX "OutgoingWebhookEndpoint_workspaceId_idx" ON "OutgoingWebhookEndpoint"("workspaceId");

-- CreateIndex
CREATE INDEX "OutgoingWebhookEvent_workspaceId_createdAt_idx" ON "OutgoingWebhookEvent"("workspaceId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "OutgoingWebhookEvent_workspaceId_dedupeKey_key" ON "OutgoingWebhookEvent"("workspaceId", "dedupeKey");

-- CreateIndex
CREATE INDEX "OutgoingWebhookDelivery_workspaceId_createdAt_idx" ON "OutgoingWebhookDelivery"("workspaceId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "OutgoingWebhookDelivery_eventId_endpointId_key" ON "OutgoingWebhookDelivery"("eventId", "endpointId");

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyDomain" ADD CONSTRAINT "CompanyDomain_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyDomain" ADD CONSTRAINT "CompanyDomain_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactEmail" ADD CONSTRAINT "ContactEmail_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactEmail" ADD CONSTRAINT "ContactEmail_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pipeline" ADD CONSTRAINT "Pipeline_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineStage" ADD CONSTRAINT "PipelineStage_pipelineId_fkey" FOREIGN KEY ("pipelineId") REFERENCES "Pipeline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_pipelineId_fkey" FOREIGN KEY ("pipelineId") REFERENCES "Pipeline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "PipelineStage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealContact" ADD CONSTRAINT "DealContact_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealContact" ADD CONSTRAINT "DealContact_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealStageHistory" ADD CONSTRAINT "DealStageHistory_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityLink" ADD CONSTRAINT "ActivityLink_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingWebhookEndpoint" ADD CONSTRAINT "OutgoingWebhookEndpoint_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingWebhookEvent" ADD CONSTRAINT "OutgoingWebhookEvent_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingWebhookDelivery" ADD CONSTRAINT "OutgoingWebhookDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OutgoingWebhookEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingWebhookDelivery" ADD CONSTRAINT "OutgoingWebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "OutgoingWebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CRM search, hand-written: Prisma cannot describe expression indexes and
-- leaves them alone. Full-text over the maintained "searchText" columns and
-- over email subjects and senders. Trigram indexes give typo tolerance only
-- where the server has pg_trgm (Postgres 15 does, the embedded PGlite does not
-- load it), and search falls back to full-text and prefix matching without it.
-- No semicolons inside statements: the migration runner splits scripts on
-- them, so the PL/pgSQL bodies below spell them as \073 in E'' strings.
DO E'BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm\073 EXCEPTION WHEN OTHERS THEN RAISE NOTICE ''pg_trgm is not available, CRM search runs without typo tolerance''\073 END';

CREATE INDEX "Contact_search_fts_idx" ON "Contact" USING gin (to_tsvector('simple', "searchText"));
CREATE INDEX "Company_search_fts_idx" ON "Company" USING gin (to_tsvector('simple', "searchText"));
CREATE INDEX "Deal_search_fts_idx" ON "Deal" USING gin (to_tsvector('simple', "searchText"));
CREATE INDEX "MailMessage_search_fts_idx" ON "MailMessage" USING gin (to_tsvector('simple', coalesce("subject", '') || ' ' || coalesce("fromName", '') || ' ' || coalesce("fromAddress", '')));

DO E'BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = ''pg_trgm'') THEN EXECUTE ''CREATE INDEX "Contact_search_trgm_idx" ON "Contact" USING gin (lower("searchText") gin_trgm_ops)''\073 EXECUTE ''CREATE INDEX "Company_search_trgm_idx" ON "Company" USING gin (lower("searchText") gin_trgm_ops)''\073 EXECUTE ''CREATE INDEX "Deal_search_trgm_idx" ON "Deal" USING gin (lower("searchText") gin_trgm_ops)''\073 END IF\073 END';
