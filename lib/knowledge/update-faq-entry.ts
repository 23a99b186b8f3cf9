import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { faqContent } from "./faq-content";
import { findKnowledgeDocumentOrThrow } from "./find-knowledge-document";
import type { FaqEntryInput } from "./knowledge-schemas";
import { requestDocumentIndex } from "./request-document-index";

/** Edits an FAQ entry and re-indexes it (its old passages are replaced by the indexer). */
export async function updateFaqEntry(actor: WorkspaceActor, documentId: string, input: FaqEntryInput) {
  const doc = await findKnowledgeDocumentOrThrow(actor.workspaceId, documentId);
  if (doc.kind !== "FAQ") throw new AppError("bad_request", "Only FAQ entries can be edited here");
  const updated = await prisma.knowledgeDocument.update({
    where: { id: doc.id },
    data: { title: input.question, question: input.question, answer: input.answer, content: faqContent(input), status: "PENDING", error: null },
  });
  await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "knowledge.faq_updated", target: { type: "knowledge_document", id: doc.id } });
  await requestDocumentIndex(updated);
  return updated;
}
