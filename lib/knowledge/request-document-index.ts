import { inngest } from "@/inngest/client";
import { KNOWLEDGE_INDEX_EVENT } from "./knowledge-schemas";

/**
 * Asks the indexer to (re)build one document's passages. Each version of
 * the document is its own event (the id carries updatedAt); a retried send
 * of the same version is stored once.
 */
export async function requestDocumentIndex(doc: { id: string; workspaceId: string; updatedAt: Date }): Promise<void> {
  await inngest.send({
    name: KNOWLEDGE_INDEX_EVENT,
    id: `knowledge-${doc.id}-${doc.updatedAt.getTime()}`,
    data: { workspaceId: doc.workspaceId, documentId: doc.id },
  });
}
