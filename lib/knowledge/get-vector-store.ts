import { HASH_EMBEDDING_MODEL } from "@/lib/ai/hash-embedding";
import { env } from "@/lib/env";
import { createPineconeVectorStore } from "./pinecone-vector-store";
import { postgresVectorStore } from "./postgres-vector-store";
import type { VectorStore } from "./vector-store";

/**
 * Pinecone when it is configured and the vectors come from a real embedding
 * model; Postgres otherwise. Offline lexical vectors stay in Postgres: they
 * have another width than the index's and are cheap to score there.
 */
export function getVectorStore(embeddingModel: string): VectorStore {
  if (env.PINECONE_API_KEY && (env.PINECONE_INDEX || env.PINECONE_INDEX_HOST) && embeddingModel !== HASH_EMBEDDING_MODEL) {
    return createPineconeVectorStore({ apiKey: env.PINECONE_API_KEY, indexName: env.PINECONE_INDEX, host: env.PINECONE_INDEX_HOST, controllerHostUrl: env.PINECONE_CONTROLLER_HOST });
  }
  return postgresVectorStore;
}
