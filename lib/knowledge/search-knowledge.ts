import type { SourcePassage } from "@/lib/ai/ai-provider";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import type { AiProvider } from "@/lib/ai/ai-provider";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { getVectorStore } from "./get-vector-store";
import { queryVectors } from "./query-vectors";

export interface RetrievedPassage extends SourcePassage {
  documentId: string;
  documentTitle: string;
  heading: string | null;
  score: number;
}

export interface KnowledgeSearchResult {
  passages: RetrievedPassage[];
  store: "pinecone" | "postgres";
  embeddingModel: string;
  // Ready documents embedded with another model: invisible to this search until re-indexed.
  staleDocuments: number;
  error: string | null;
}

/**
 * The workspace's passages closest to the query, best first. Matches come
 * from the vector store; their text is read back from Postgres scoped to the
 * workspace, so a store that returned a foreign id could not leak anything.
 */
export async function searchKnowledge(workspaceId: string, query: string, topK = 5, provider?: AiProvider): Promise<KnowledgeSearchResult> {
  const ai = provider ?? (await getAiProvider(workspaceId));
  const store = getVectorStore(ai.embeddingModel);
  const staleDocuments = await prisma.knowledgeDocument.count({ where: { workspaceId, status: "READY", chunkCount: { gt: 0 }, NOT: { embeddingModel: ai.embeddingModel } } });
  const base = { store: store.kind, embeddingModel: ai.embeddingModel, staleDocuments };

  const embedded = await ai.embed([query]);
  if (embedded.status !== "ok") {
    return { ...base, passages: [], error: embedded.status === "failed" ? embedded.failure.message : embedded.reason };
  }
  let matches;
  try {
    matches = await queryVectors(store, workspaceId, ai.embeddingModel, embedded.value[0]!, topK);
  } catch (err) {
    logger.error({ err, workspaceId, store: store.kind }, "knowledge search failed");
    return { ...base, passages: [], error: "The knowledge base could not be searched right now" };
  }
  const chunks = await prisma.knowledgeChunk.findMany({
    where: { workspaceId, id: { in: matches.map((m) => m.id) } },
    include: { document: { select: { title: true } } },
  });
  const byId = new Map(chunks.map((c) => [c.id, c]));
  const passages = matches.flatMap((m) => {
    const c = byId.get(m.id);
    return c ? [{ id: c.id, documentId: c.documentId, documentTitle: c.document.title, title: c.heading ? `${c.document.title} — ${c.heading}` : c.document.title, heading: c.heading, text: c.text, score: m.score }] : [];
  });
  return { ...base, passages, error: null };
}
