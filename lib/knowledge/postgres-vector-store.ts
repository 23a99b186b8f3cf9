import { prisma } from "@/lib/db/prisma";
import type { VectorStore } from "./vector-store";

/**
 * The vector store when Pinecone is not configured: the embeddings already
 * stored on KnowledgeChunk rows, scored by cosine similarity in SQL (vectors
 * are unit length, so cosine is the dot product of the two arrays). Fine for
 * a small business's knowledge base (thousands of passages), not for millions.
 */
export const postgresVectorStore: VectorStore = {
  kind: "postgres",
  // The chunk rows written by the indexer are the records; nothing else to store.
  upsert: async () => undefined,
  async query(workspaceId, embeddingModel, vector, topK) {
    const rows = await prisma.$queryRaw<{ id: string; documentId: string; score: number }[]>`
      SELECT c.id, c."documentId", s.score
      FROM "KnowledgeChunk" c
      CROSS JOIN LATERAL (
        SELECT SUM(e * q)::float8 AS score
        FROM unnest(c.embedding, ${vector}::float8[]) AS t(e, q)
      ) s
      WHERE c."workspaceId" = ${workspaceId} AND c."embeddingModel" = ${embeddingModel}
      ORDER BY s.score DESC NULLS LAST, c.id
      LIMIT ${topK}`;
    return rows.map((r) => ({ id: r.id, documentId: r.documentId, score: Number(r.score ?? 0) }));
  },
  deleteIds: async () => undefined,
};
