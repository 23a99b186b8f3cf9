import { prisma } from "@/lib/db/prisma";

export interface KnowledgeDocumentView {
  id: string;
  title: string;
  kind: "TEXT" | "MARKDOWN" | "FILE" | "FAQ";
  sourceFilename: string | null;
  question: string | null;
  answer: string | null;
  status: "PENDING" | "INDEXING" | "READY" | "FAILED";
  chunkCount: number;
  characters: number;
  error: string | null;
  embeddingModel: string | null;
  updatedAt: string;
}

/** The workspace's documents and FAQ entries, newest first, without their full text. */
export async function listKnowledgeDocuments(workspaceId: string): Promise<KnowledgeDocumentView[]> {
  const docs = await prisma.knowledgeDocument.findMany({ where: { workspaceId }, orderBy: { createdAt: "desc" }, take: 500 });
  return docs.map((d) => ({
    id: d.id,
    title: d.title,
    kind: d.kind,
    sourceFilename: d.sourceFilename,
    question: d.question,
    answer: d.answer,
    status: d.status,
    chunkCount: d.chunkCount,
    characters: d.content.length,
    error: d.error,
    embeddingModel: d.embeddingModel,
    updatedAt: d.updatedAt.toISOString(),
  }));
}
