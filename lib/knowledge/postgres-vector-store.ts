import { loadWorkspaceVectors } from "./load-workspace-vectors";
import type { VectorMatch, VectorStore } from "./vector-store";

/**
 * The vector store when Pinecone is not configured: the embeddings stored on
 * KnowledgeChunk rows (the rows the indexer writes are the records), scored
 * by cosine similarity (a dot product: vectors are unit length) over the
 * workspace's packed vectors. Exact search, sized for a small business's
 * knowledge base (thousands of passages), not for millions.
 */
export const postgresVectorStore: VectorStore = {
  kind: "postgres",
  upsert: async () => undefined,
  async query(workspaceId, embeddingModel, vector, topK) {
    const { ids, documentIds, dimensions, values } = await loadWorkspaceVectors(workspaceId, embeddingModel);
    if (dimensions !== vector.length) return [];
    const top: VectorMatch[] = [];
    for (let row = 0; row < ids.length; row++) {
      let score = 0;
      const offset = row * dimensions;
      for (let i = 0; i < dimensions; i++) score += values[offset + i]! * vector[i]!;
      if (top.length < topK || score > top[top.length - 1]!.score) {
        top.push({ id: ids[row]!, documentId: documentIds[row]!, score });
        top.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
        if (top.length > topK) top.pop();
      }
    }
    return top;
  },
  deleteIds: async () => undefined,
};
