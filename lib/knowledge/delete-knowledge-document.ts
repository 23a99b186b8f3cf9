import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { findKnowledgeDocumentOrThrow } from "./find-knowledge-document";
import { getVectorStore } from "./get-vector-store";

/** Removes the document's vectors from the store, then the document (its chunk rows cascade). */
export async function deleteKnowledgeDocument(actor: WorkspaceActor, documentId: string): Promise<void> {
  const doc = await findKnowledgeDocumentOrThrow(actor.workspaceId, documentId);
  const chunks = await prisma.knowledgeChunk.findMany({ where: { documentId: doc.id, workspaceId: actor.workspaceId }, select: { id: true, embeddingModel: true } });
  for (const model of new Set(chunks.map((c) => c.embeddingModel))) {
    await getVectorStore(model).deleteIds(actor.workspaceId, chunks.filter((c) => c.embeddingModel === model).map((c) => c.id));
  }
  await prisma.knowledgeDocument.delete({ where: { id: doc.id } });
  await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "knowledge.document_deleted", target: { type: "knowledge_document", id: doc.id }, before: { title: doc.title } });
}
