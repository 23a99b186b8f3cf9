-- AlterTable
ALTER TABLE "KnowledgeChunk" DROP COLUMN "embedding",
ADD COLUMN     "vector" BYTEA NOT NULL;
