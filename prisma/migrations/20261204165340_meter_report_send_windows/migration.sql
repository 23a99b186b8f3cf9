-- AlterTable
ALTER TABLE "MeterEventReport" ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "firstSentAt" TIMESTAMP(3),
ADD COLUMN     "lastSentAt" TIMESTAMP(3),
ADD COLUMN     "resendCount" INTEGER NOT NULL DEFAULT 0;
