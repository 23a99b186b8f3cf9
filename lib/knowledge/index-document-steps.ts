import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { packVector } from "@/lib/ai/pack-vector";
import { prisma } from "@/lib/db/prisma";
import { chunkDocument } from "./chunk-document";
import { getVectorStore } from "./get-vector-store";
import { passageEmbeddingText } from "./passage-embedding-text";

/**
 * The indexer's steps, each safe to repeat (the job runner retries them):
 * prepare clears the old passages and counts the new ones, each batch step
 * embeds and stores its slice of passages, finish marks the document READY.
 * Chunking is deterministic, so every step re-derives the same passages
 * from the stored content instead of carrying them between steps.
 */
export const INDEX_BATCH_SIZE = 32;

export class EmbeddingFailedError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "EmbeddingFailedError";
  }
}

async function loadDocument(workspaceId: string, documentId: string) {
  return prisma.knowledgeDocument.findFirst({ where: { id: documentId, workspaceId } });
}

function chunksOf(doc: { content: string; kind: string }) {
  return chunkDocument(doc.content, { markdown: doc.kind === "MARKDOWN" });
}

/** Returns null when the document was deleted meanwhile (nothing to index). */
export async function prepareDocumentIndex(workspaceId: string, documentId: string): Promise<{ total: number; batches: number; embeddingModel: string } | null> {
  const doc = await loadDocument(workspaceId, documentId);
  if (!doc) return null;
  const provider = await getAiProvider(workspaceId);
  const old = await prisma.knowledgeChunk.findMany({ where: { documentId, workspaceId }, select: { id: true, embeddingModel: true } });
  for (const model of new Set(old.map((c) => c.embeddingModel))) {
    await getVectorStore(model).deleteIds(workspaceId, old.filter((c) => c.embeddingModel === model).map((c) => c.id));
  }
  await prisma.knowledgeChunk.deleteMany({ where: { documentId, workspaceId } });
  const total = chunksOf(doc).length;
  await prisma.knowledgeDocument.update({
    where: { id: doc.id },
    data: { status: "INDEXING", error: null, chunkCount: 0, embeddingModel: provider.embeddingModel },
  });
  return { total, batches: Math.ceil(total / INDEX_BATCH_SIZE), embeddingModel: provider.embeddingModel };
}

export async function indexChunkBatch(workspaceId: string, documentId: string, batch: number, embeddingModel: string): Promise<{ indexed: number }> {
  const doc = await loadDocument(workspaceId, documentId);
  if (!doc) return { indexed: 0 };
  const slice = chunksOf(doc).slice(batch * INDEX_BATCH_SIZE, (batch + 1) * INDEX_BATCH_SIZE);
  const provider = await getAiProvider(workspaceId);
  if (provider.embeddingModel !== embeddingModel) {
    throw new EmbeddingFailedError("The AI provider changed while indexing; the document will be indexed again", false);
  }
  const texts = slice.map((c) => passageEmbeddingText(doc.title, c));
  const outcome = await provider.embed(texts);
  if (outcome.status !== "ok") {
    const reason = outcome.status === "failed" ? outcome.failure : { kind: "api_error", message: outcome.reason };
    throw new EmbeddingFailedError(reason.message, ["timeout", "rate_limited", "api_error"].includes(reason.kind));
  }
  const rows = slice.map((c, i) => ({ id: `kc_${documentId}_${c.ordinal}`, workspaceId, documentId, ordinal: c.ordinal, heading: c.heading, text: c.text, vector: packVector(outcome.value[i]!), embeddingModel }));
  await prisma.knowledgeChunk.createMany({ data: rows, skipDuplicates: true });
  await getVectorStore(embeddingModel).upsert(workspaceId, embeddingModel, rows.map((r, i) => ({ id: r.id, documentId, values: outcome.value[i]! })));
  const indexed = await prisma.knowledgeChunk.count({ where: { documentId, workspaceId } });
  await prisma.knowledgeDocument.update({ where: { id: doc.id }, data: { chunkCount: indexed } });
  return { indexed };
}

export async function finishDocumentIndex(workspaceId: string, documentId: string): Promise<void> {
  const indexed = await prisma.knowledgeChunk.count({ where: { documentId, workspaceId } });
  await prisma.knowledgeDocument.updateMany({ where: { id: documentId, workspaceId }, data: { status: "READY", chunkCount: indexed, indexedAt: new Date() } });
}

export async function failDocumentIndex(workspaceId: string, documentId: string, message: string): Promise<void> {
  await prisma.knowledgeDocument.updateMany({ where: { id: documentId, workspaceId }, data: { status: "FAILED", error: message.slice(0, 500) } });
}
