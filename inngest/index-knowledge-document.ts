import { NonRetriableError } from "inngest";
import { EmbeddingFailedError, failDocumentIndex, finishDocumentIndex, indexChunkBatch, prepareDocumentIndex } from "@/lib/knowledge/index-document-steps";
import { KNOWLEDGE_INDEX_EVENT } from "@/lib/knowledge/knowledge-schemas";
import { inngest } from "./client";

/**
 * Chunks, embeds and stores one knowledge document. One step per batch of
 * passages: the Jobs page shows progress batch by batch, the document's
 * chunkCount grows as they land, and a failed batch retries alone.
 * Runs for one document are serialised so two edits cannot interleave.
 */
export const indexKnowledgeDocument = inngest.createFunction(
  {
    id: "index-knowledge-document",
    name: "Knowledge: index document",
    retries: 4,
    concurrency: { limit: 1, key: "event.data.documentId" },
    triggers: [{ event: KNOWLEDGE_INDEX_EVENT }],
    onFailure: async ({ event, error }) => {
      const data = event.data.event.data as { workspaceId: string; documentId: string };
      await failDocumentIndex(data.workspaceId, data.documentId, error.message);
    },
  },
  async ({ event, step }) => {
    const { workspaceId, documentId } = event.data as { workspaceId: string; documentId: string };
    const plan = await step.run("prepare", () => prepareDocumentIndex(workspaceId, documentId));
    if (!plan) return { skipped: "document deleted" };
    for (let batch = 0; batch < plan.batches; batch++) {
      await step.run(`embed-batch-${batch + 1}-of-${plan.batches}`, async () => {
        try {
          return await indexChunkBatch(workspaceId, documentId, batch, plan.embeddingModel);
        } catch (err) {
          if (err instanceof EmbeddingFailedError && !err.retryable) throw new NonRetriableError(err.message);
          throw err;
        }
      });
    }
    await step.run("finish", () => finishDocumentIndex(workspaceId, documentId));
    return { passages: plan.total, embeddingModel: plan.embeddingModel };
  },
);
