import { packVector } from "@/lib/ai/pack-vector";
import { prisma } from "@/lib/db/prisma";

/**
 * One knowledge document (with a passage), one reply draft and AI settings
 * per tenant, so the generated isolation tests probe the knowledge and draft
 * routes and actions with another workspace's ids.
 */
export async function seedKnowledgeTenantRows(workspaceId: string, label: string) {
  const doc = await prisma.knowledgeDocument.create({
    data: { workspaceId, title: `${label} secret price list`, kind: "TEXT", content: `${label} secret prices: cakes cost 123.`, status: "READY", chunkCount: 1, embeddingModel: "fixture" },
  });
  await prisma.knowledgeChunk.create({ data: { workspaceId, documentId: doc.id, ordinal: 0, text: `${label} secret prices: cakes cost 123.`, vector: packVector([1, 0]), embeddingModel: "fixture" } });
  const draft = await prisma.draft.create({ data: { workspaceId, messageId: `${label.toLowerCase()}-message`, body: `${label} secret draft body`, provider: "offline" } });
  await prisma.workspaceAiSettings.create({ data: { workspaceId, tone: `${label} secret tone`, signature: `${label} secret signature` } });
  return {
    ids: { documentId: doc.id, draftId: draft.id },
    secrets: [doc.id, doc.title, `${label} secret prices`, draft.id, `${label} secret draft body`, `${label} secret tone`, `${label} secret signature`],
  };
}

export async function snapshotKnowledge(workspaceId: string) {
  const [documents, chunks, drafts, settings] = await Promise.all([
    prisma.knowledgeDocument.findMany({ where: { workspaceId }, select: { id: true, title: true, content: true, status: true, question: true, answer: true }, orderBy: { id: "asc" } }),
    prisma.knowledgeChunk.count({ where: { workspaceId } }),
    prisma.draft.findMany({ where: { workspaceId }, select: { id: true, body: true, status: true, sentAt: true, providerDraftId: true }, orderBy: { id: "asc" } }),
    prisma.workspaceAiSettings.findUnique({ where: { workspaceId }, select: { openaiKeyEnc: true, tone: true, signature: true } }),
  ]);
  return { documents, chunks, drafts, settings };
}
