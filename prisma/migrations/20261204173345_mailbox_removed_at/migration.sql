-- AlterTable
ALTER TABLE "Mailbox" ADD COLUMN     "removedAt" TIMESTAMP(3);
