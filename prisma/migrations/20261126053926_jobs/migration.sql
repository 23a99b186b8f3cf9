-- CreateEnum
CREATE TYPE "JobRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'SLEEPING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "JobStepStatus" AS ENUM ('RUNNING', 'SLEEPING', 'COMPLETED', 'FAILED');

-- CreateTable
CREATE TABLE "JobEvent" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "ts" TIMESTAMP(3) NOT NULL,
    "idempotencyKey" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fannedOutAt" TIMESTAMP(3),

    CONSTRAINT "JobEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobFunction" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "config" JSONB NOT NULL,
    "syncedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobFunction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "functionId" TEXT NOT NULL,
    "eventId" TEXT,
    "eventName" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "cronTick" TIMESTAMP(3),
    "status" "JobRunStatus" NOT NULL DEFAULT 'QUEUED',
    "concurrencyKey" TEXT,
    "concurrencyLimit" INTEGER,
    "maxAttempts" INTEGER NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stack" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "plannedSteps" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "leaseOwner" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),
    "output" JSONB,
    "error" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobStep" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "hashedId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "op" TEXT NOT NULL,
    "status" "JobStepStatus" NOT NULL,
    "output" JSONB,
    "error" JSONB,
    "wakeAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "JobStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobAttempt" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "stepId" TEXT,
    "attempt" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,
    "error" JSONB,

    CONSTRAINT "JobAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "JobEvent_idempotencyKey_key" ON "JobEvent"("idempotencyKey");

-- CreateIndex
CREATE INDEX "JobEvent_fannedOutAt_receivedAt_idx" ON "JobEvent"("fannedOutAt", "receivedAt");

-- CreateIndex
CREATE INDEX "JobEvent_name_idx" ON "JobEvent"("name");

-- CreateIndex
CREATE INDEX "JobRun_status_runAt_idx" ON "JobRun"("status", "runAt");

-- CreateIndex
CREATE INDEX "JobRun_status_leaseExpiresAt_idx" ON "JobRun"("status", "leaseExpiresAt");

-- CreateIndex
CREATE INDEX "JobRun_concurrencyKey_status_idx" ON "JobRun"("concurrencyKey", "status");

-- CreateIndex
CREATE INDEX "JobRun_functionId_createdAt_idx" ON "JobRun"("functionId", "createdAt");

-- CreateIndex
CREATE INDEX "JobRun_createdAt_idx" ON "JobRun"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_eventId_functionId_key" ON "JobRun"("eventId", "functionId");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_functionId_cronTick_key" ON "JobRun"("functionId", "cronTick");

-- CreateIndex
CREATE UNIQUE INDEX "JobStep_runId_hashedId_key" ON "JobStep"("runId", "hashedId");

-- CreateIndex
CREATE INDEX "JobAttempt_runId_startedAt_idx" ON "JobAttempt"("runId", "startedAt");

-- CreateIndex
CREATE INDEX "JobAttempt_stepId_idx" ON "JobAttempt"("stepId");

-- AddForeignKey
ALTER TABLE "JobRun" ADD CONSTRAINT "JobRun_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "JobEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobStep" ADD CONSTRAINT "JobStep_runId_fkey" FOREIGN KEY ("runId") REFERENCES "JobRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobAttempt" ADD CONSTRAINT "JobAttempt_runId_fkey" FOREIGN KEY ("runId") REFERENCES "JobRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobAttempt" ADD CONSTRAINT "JobAttempt_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "JobStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;
