-- AlterEnum
ALTER TYPE "JobRunStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "JobRun" ADD COLUMN     "concurrencyKey2" TEXT,
ADD COLUMN     "concurrencyLimit2" INTEGER;

-- CreateTable
CREATE TABLE "JobRunKey" (
    "key" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobRunKey_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "JobCronCursor" (
    "functionId" TEXT NOT NULL,
    "cron" TEXT NOT NULL,
    "lastTick" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobCronCursor_pkey" PRIMARY KEY ("functionId","cron")
);

-- CreateTable
CREATE TABLE "JobAppSync" (
    "appId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "syncedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobAppSync_pkey" PRIMARY KEY ("appId")
);

-- CreateIndex
CREATE INDEX "JobRunKey_expiresAt_idx" ON "JobRunKey"("expiresAt");

-- CreateIndex
CREATE INDEX "JobEvent_receivedAt_idx" ON "JobEvent"("receivedAt");

-- CreateIndex
CREATE INDEX "JobEventKey_expiresAt_idx" ON "JobEventKey"("expiresAt");

-- CreateIndex
CREATE INDEX "JobRun_concurrencyKey2_status_idx" ON "JobRun"("concurrencyKey2", "status");

-- CreateIndex
CREATE INDEX "JobRun_status_finishedAt_idx" ON "JobRun"("status", "finishedAt");
