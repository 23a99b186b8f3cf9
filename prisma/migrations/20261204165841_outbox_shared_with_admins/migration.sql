-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "sharedWithAdmins" BOOLEAN NOT NULL DEFAULT false;
