"use server";

import { z } from "@/lib/validation/zod";
import { workspaceAction } from "@/lib/auth/with-workspace";
import { createFaqEntry, createTextDocument } from "@/lib/knowledge/create-knowledge-document";
import { deleteKnowledgeDocument } from "@/lib/knowledge/delete-knowledge-document";
import { createTextDocumentSchema, documentIdSchema, faqEntrySchema, updateFaqEntrySchema } from "@/lib/knowledge/knowledge-schemas";
import { reindexStaleDocuments } from "@/lib/knowledge/reindex-stale-documents";
import { updateFaqEntry } from "@/lib/knowledge/update-faq-entry";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

const workspaceIdField = { workspaceId: z.string().min(1).max(64).optional() };

export const createTextDocumentAction = workspaceAction("knowledge.write", createTextDocumentSchema.extend(workspaceIdField), async ({ workspaceId: _ws, ...input }, ctx) => {
  const doc = await createTextDocument(await workspaceActorOf(ctx, ctx.origin), input);
  return { id: doc.id };
});

export const createFaqEntryAction = workspaceAction("knowledge.write", faqEntrySchema.extend(workspaceIdField), async ({ question, answer }, ctx) => {
  const doc = await createFaqEntry(await workspaceActorOf(ctx, ctx.origin), { question, answer });
  return { id: doc.id };
});

export const updateFaqEntryAction = workspaceAction("knowledge.write", updateFaqEntrySchema.extend(workspaceIdField), async ({ documentId, question, answer }, ctx) => {
  await updateFaqEntry(await workspaceActorOf(ctx, ctx.origin), documentId, { question, answer });
  return { id: documentId };
});

export const deleteKnowledgeDocumentAction = workspaceAction("knowledge.write", documentIdSchema.extend(workspaceIdField), async ({ documentId }, ctx) =>
  deleteKnowledgeDocument(await workspaceActorOf(ctx, ctx.origin), documentId),
);

export const reindexKnowledgeAction = workspaceAction("knowledge.write", z.object(workspaceIdField), async (_input, ctx) => reindexStaleDocuments(ctx.workspace.id));
