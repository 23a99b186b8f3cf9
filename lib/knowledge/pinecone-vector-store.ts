import { Errors, Pinecone } from "@pinecone-database/pinecone";
import type { VectorStore } from "./vector-store";

type ChunkMetadata = { documentId: string; embeddingModel: string };

// Pinecone caps request size; 100 vectors of 1,536 floats stays well under 2 MB.
const UPSERT_BATCH = 100;
const DELETE_BATCH = 1000;

export interface PineconeStoreOptions {
  apiKey: string;
  indexName?: string | null;
  // Data-plane host; when given the SDK skips the control-plane lookup.
  host?: string | null;
  // Control plane for that lookup (describe_index); unset = Pinecone's.
  controllerHostUrl?: string | null;
}

// A serverless index answers 404 to a delete in a namespace that does not exist (never written, or emptied).
const isMissingNamespace = (error: unknown) => error instanceof Errors.PineconeNotFoundError;

/** One Pinecone index; each workspace is its own namespace, so no query can reach another tenant's vectors. */
export function createPineconeVectorStore(options: PineconeStoreOptions): VectorStore {
  const pc = new Pinecone({ apiKey: options.apiKey, ...(options.controllerHostUrl ? { controllerHostUrl: options.controllerHostUrl } : {}) });
  const index = pc.index<ChunkMetadata>(options.host ? { host: options.host, name: options.indexName ?? undefined } : { name: options.indexName! });
  const ns = (workspaceId: string) => index.namespace(workspaceId);

  return {
    kind: "pinecone",
    async upsert(workspaceId, embeddingModel, records) {
      for (let i = 0; i < records.length; i += UPSERT_BATCH) {
        const batch = records.slice(i, i + UPSERT_BATCH).map((r) => ({ id: r.id, values: r.values, metadata: { documentId: r.documentId, embeddingModel } }));
        await ns(workspaceId).upsert({ records: batch });
      }
    },
    async query(workspaceId, embeddingModel, vector, topK) {
      const res = await ns(workspaceId).query({ vector, topK, includeMetadata: true, filter: { embeddingModel: { $eq: embeddingModel } } });
      return res.matches.map((m) => ({ id: m.id, documentId: String(m.metadata?.documentId ?? ""), score: m.score ?? 0 }));
    },
    async deleteIds(workspaceId, ids) {
      try {
        for (let i = 0; i < ids.length; i += DELETE_BATCH) await ns(workspaceId).deleteMany({ ids: ids.slice(i, i + DELETE_BATCH) });
      } catch (error) {
        // No namespace, no vectors: what the delete wanted is already true.
        if (!isMissingNamespace(error)) throw error;
      }
    },
  };
}
