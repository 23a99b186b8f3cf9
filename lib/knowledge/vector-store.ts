/** One embedded passage as a vector store holds it: the chunk id is the vector id. */
export interface VectorRecord {
  id: string;
  documentId: string;
  values: number[];
}

export interface VectorMatch {
  id: string;
  documentId: string;
  score: number;
}

/**
 * Where passage vectors are searched. Every call is scoped to one workspace
 * (a Pinecone namespace, or a WHERE clause) and one embedding model: vectors
 * of different models are never compared.
 */
export interface VectorStore {
  kind: "pinecone" | "postgres";
  upsert(workspaceId: string, embeddingModel: string, records: VectorRecord[]): Promise<void>;
  query(workspaceId: string, embeddingModel: string, vector: number[], topK: number): Promise<VectorMatch[]>;
  deleteIds(workspaceId: string, ids: string[]): Promise<void>;
}
