import type { KnowledgeDocumentKind } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { extractUploadText } from "./extract-upload-text";
import type { CreateTextDocumentInput, FaqEntryInput } from "./knowledge-schemas";
import { faqContent } from "./faq-content";
import { requestDocumentIndex } from "./request-document-index";

interface NewDocument {
  title: string;
  kind: KnowledgeDocumentKind;
  content: string;
  sourceFilename?: string;
  question?: string;
  answer?: string;
}

async function createDocument(actor: WorkspaceActor, doc: NewDocument) {
  const created = await prisma.knowledgeDocument.create({
    data: { workspaceId: actor.workspaceId, createdById: actor.userId, status: "PENDING", ...doc },
  });
  await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "knowledge.document_added", target: { type: "knowledge_document", id: created.id }, after: { title: doc.title, kind: doc.kind } });
  await requestDocumentIndex(created);
  return created;
}

export function createTextDocument(actor: WorkspaceActor, input: CreateTextDocumentInput) {
  return createDocument(actor, { title: input.title, kind: input.format === "markdown" ? "MARKDOWN" : "TEXT", content: input.content });
}

export function createFaqEntry(actor: WorkspaceActor, input: FaqEntryInput) {
  return createDocument(actor, { title: input.question, kind: "FAQ", content: faqContent(input), question: input.question, answer: input.answer });
}

/** Validates and extracts the file first, so a bad upload is a 4xx and leaves no row behind. */
export async function createUploadedDocument(actor: WorkspaceActor, filename: string, bytes: Uint8Array) {
  const extracted = await extractUploadText(filename, bytes);
  return createDocument(actor, { title: extracted.title, kind: extracted.markdown ? "MARKDOWN" : "FILE", content: extracted.text, sourceFilename: filename.slice(0, 255) });
}
