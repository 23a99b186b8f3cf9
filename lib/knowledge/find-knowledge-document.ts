import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";

/** The workspace's document or a 404: another workspace's id is indistinguishable from a missing one. */
export async function findKnowledgeDocumentOrThrow(workspaceId: string, documentId: string) {
  const doc = await prisma.knowledgeDocument.findFirst({ where: { id: documentId, workspaceId } });
  if (!doc) throw new AppError("not_found", "Document not found");
  return doc;
}
