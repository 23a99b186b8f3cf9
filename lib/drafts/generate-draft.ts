import type { Draft } from "@/generated/prisma/client";
import type { AiFailure } from "@/lib/ai/ai-provider";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { loadAiSettings } from "@/lib/ai/load-ai-settings";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { searchKnowledge } from "@/lib/knowledge/search-knowledge";
import type { DraftSource } from "./draft-schemas";
import { loadCrmContext } from "./load-crm-context";
import { loadDraftContext } from "./load-draft-context";
import { withSignature } from "./with-signature";

const PASSAGES = 4;

export interface GenerateDraftOptions {
  // CRM facts supplied by the caller; when omitted they are looked up by the sender's address.
  crmContext?: string | null;
  // A new version beside the existing ones (the "Regenerate" button); otherwise version 1 only once.
  regenerate?: boolean;
}

export type GenerateDraftResult = { status: "created" | "exists"; draft: Draft } | { status: "failed"; failure: AiFailure };

/**
 * Writes a reply draft for one inbound message, grounded in the knowledge
 * passages closest to it, the thread so far and the CRM record, in the
 * workspace's tone and with its signature. Idempotent: without `regenerate`
 * a message gets one draft however often this runs (unique messageId+version).
 */
export async function generateDraft(workspaceId: string, messageId: string, options: GenerateDraftOptions = {}): Promise<GenerateDraftResult> {
  const existing = await prisma.draft.findFirst({ where: { workspaceId, messageId }, orderBy: { version: "desc" } });
  if (existing && !options.regenerate) return { status: "exists", draft: existing };
  const ctx = await loadDraftContext(workspaceId, messageId);
  if (!ctx) throw new AppError("not_found", "Message not found");
  if (ctx.message.direction !== "INBOUND") throw new AppError("bad_request", "Only received email can be answered");

  const [provider, settings, workspace] = await Promise.all([getAiProvider(workspaceId), loadAiSettings(workspaceId), prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } })]);
  const query = `${ctx.email.subject}\n${ctx.email.text.slice(0, 1500)}`;
  const [retrieved, crmContext] = await Promise.all([
    searchKnowledge(workspaceId, query, PASSAGES, provider),
    options.crmContext !== undefined ? options.crmContext : loadCrmContext(workspaceId, ctx.message.fromAddress),
  ]);

  const outcome = await provider.draftReply(
    { email: ctx.email, thread: ctx.thread, passages: retrieved.passages, crmContext, tone: settings.tone, signature: settings.signature, workspaceName: workspace.name },
    { messageId },
  );
  if (outcome.status === "failed") return { status: "failed", failure: outcome.failure };
  if (outcome.status === "undecided") return { status: "failed", failure: { kind: "api_error", message: outcome.reason } };

  const used = new Set(outcome.value.usedSourceIds);
  const sources: DraftSource[] = retrieved.passages
    .filter((p) => used.has(p.id))
    .map((p) => ({ id: p.id, documentId: p.documentId, title: p.title, excerpt: p.text.slice(0, 280), score: Math.round(p.score * 1000) / 1000 }));
  const version = (existing?.version ?? 0) + 1;
  try {
    const draft = await prisma.draft.create({
      data: {
        workspaceId,
        messageId,
        version,
        body: withSignature(outcome.value.body, settings.signature),
        sources,
        confidence: outcome.value.confidence,
        provider: provider.kind,
        model: outcome.usage?.model ?? null,
      },
    });
    return { status: "created", draft };
  } catch (err) {
    // A concurrent run created this version first: that draft stands.
    if ((err as { code?: string }).code === "P2002") return { status: "exists", draft: await prisma.draft.findFirstOrThrow({ where: { workspaceId, messageId, version } }) };
    throw err;
  }
}
