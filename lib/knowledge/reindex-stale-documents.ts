import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { prisma } from "@/lib/db/prisma";
import { requestDocumentIndex } from "./request-document-index";

/**
 * After the AI provider changes (a key added or removed), stored passages
 * were embedded by another model and no longer match queries: re-index them,
 * along with documents whose indexing failed.
 */
export async function reindexStaleDocuments(workspaceId: string): Promise<{ requested: number }> {
  const provider = await getAiProvider(workspaceId);
  const docs = await prisma.knowledgeDocument.findMany({
    where: { workspaceId, OR: [{ status: "FAILED" }, { status: "READY", NOT: { embeddingModel: provider.embeddingModel } }] },
    select: { id: true },
  });
  for (const { id } of docs) {
    const touched = await prisma.knowledgeDocument.update({ where: { id }, data: { status: "PENDING", error: null } });
    await requestDocumentIndex(touched);
  }
  return { requested: docs.length };
}
