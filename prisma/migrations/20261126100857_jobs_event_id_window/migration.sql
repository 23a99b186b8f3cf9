-- DropIndex
DROP INDEX "JobEvent_idempotencyKey_key";

-- CreateTable
CREATE TABLE "JobEventKey" (
    "key" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobEventKey_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "JobEventKey_eventId_idx" ON "JobEventKey"("eventId");

-- CreateIndex
CREATE INDEX "JobEvent_idempotencyKey_idx" ON "JobEvent"("idempotencyKey");

-- AddForeignKey
ALTER TABLE "JobEventKey" ADD CONSTRAINT "JobEventKey_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "JobEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
