import { prisma } from "@/lib/db/prisma";
import { postgresVectorStore } from "./postgres-vector-store";
import type { VectorMatch, VectorStore } from "./vector-store";

/**
 * Pinecone is eventually consistent: an upsert is searchable a few seconds after it is acknowledged (longer under
 * load). For this long after a document of the workspace was indexed, Postgres, which holds the same vectors on
 * the chunk rows, is searched too.
 */
export const PINECONE_FRESHNESS_MS = 5 * 60_000;

/**
 * The workspace's nearest passages from its vector store. Right after
 * indexing ("test a question" on a document just uploaded), Pinecone may not
 * show the new vectors yet, so its matches are merged with an exact search of
 * the freshly written rows in Postgres (the best score per chunk wins).
 */
export async function queryVectors(store: VectorStore, workspaceId: string, embeddingModel: string, vector: number[], topK: number, now = new Date()): Promise<VectorMatch[]> {
  const matches = await store.query(workspaceId, embeddingModel, vector, topK);
  if (store.kind !== "pinecone") return matches;
  const fresh = await prisma.knowledgeDocument.count({ where: { workspaceId, embeddingModel, indexedAt: { gte: new Date(now.getTime() - PINECONE_FRESHNESS_MS) } } });
  if (!fresh) return matches;
  const best = new Map(matches.map((m) => [m.id, m]));
  for (const m of await postgresVectorStore.query(workspaceId, embeddingModel, vector, topK)) {
    if ((best.get(m.id)?.score ?? -Infinity) < m.score) best.set(m.id, m);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, topK);
}
